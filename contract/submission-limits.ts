/**
 * How large one submission (the compact JWE the outbox sends) may be. Shared by the form
 * schema, the content build and the server, which refuses a larger body with 413 before
 * it stores anything. Kept free of imports so the server can use it as is.
 */

/** For a form that says nothing: room for every text field of a long form, no photos. */
export const DEFAULT_SUBMISSION_BYTES = 256 * 1024;

/** What any form may ask for (`maxSubmissionBytes`): a photo or two, never a video. */
export const MAX_SUBMISSION_BYTES = 8 * 1024 * 1024;

/**
 * The id rules every runtime shares. Written once as regular-expression sources, because
 * TypeBox (server) wants a string pattern and valibot and the content build want a RegExp.
 */

/** Content, form, key and terminal ids: kebab-case, lowercase letters and digits. */
export const KEBAB_ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const kebabId = new RegExp(KEBAB_ID_PATTERN);

/**
 * A terminal's id (kiosk-config/sites/<id>.json, and the id it enrols with): kebab-case,
 * 2 to 63 characters. The content build and the server check the same rule, so a
 * configuration that builds can always enrol (`taira-` once built and could never enrol).
 */
export const TERMINAL_ID_PATTERN = '^(?=.{2,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$';
export const TERMINAL_ID_MAX_LENGTH = 63;
export const terminalId = new RegExp(TERMINAL_ID_PATTERN);

/** Session, CSRF, enrolment and device tokens: 32 random bytes, unpadded base64url (43 characters). */
export const TOKEN_PATTERN = '^[A-Za-z0-9_-]{43}$';

/** Submission and notice ids: UUID version 7, lowercase. */
export const UUID_V7_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';

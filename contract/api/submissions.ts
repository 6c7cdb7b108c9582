import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { KEBAB_ID_PATTERN as FORM_ID_PATTERN, UUID_V7_PATTERN } from '../ids.js';
import { MAX_SUBMISSION_BYTES } from '../submission-limits.js';
import { PIN_HASH_PATTERN } from '../status.js';
import { ReservationOutcome, ReservationRequest } from './reservations.js';

// The contract of PUT /api/submissions/:id. Kept free of Node imports so the app can
// `import type` the Static types.

/** Lower-case UUIDv7: time-ordered, made by the client when it queues the submission. */
export { UUID_V7_PATTERN } from '../ids.js';
/** Form ids are kebab-case: they appear in URLs (`/f/<formId>`) and in QR payloads. */
export { KEBAB_ID_PATTERN as FORM_ID_PATTERN } from '../ids.js';
/**
 * Compact JWE: header.encryptedKey.iv.ciphertext.tag in base64url. The shape only; the
 * service checks the header and part lengths against the form (server/src/lib/jwe-header.ts).
 */
export const COMPACT_JWE_PATTERN = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';
export const MAX_CIPHERTEXT_LENGTH = MAX_SUBMISSION_BYTES;
/** `{"formId":"…","ciphertext":"…"}` around the ciphertext, with a 64-character form id. */
export const SUBMISSION_ENVELOPE_BYTES = 1024;
/**
 * The most any form may take plus the JSON around it. Each form's own, usually far smaller
 * limit is enforced from Content-Length before the body is read (server/src/plugins/submission-limits.ts).
 */
export const SUBMISSION_BODY_LIMIT = MAX_SUBMISSION_BYTES + SUBMISSION_ENVELOPE_BYTES;

export const SubmissionParams = Type.Object({
  id: Type.String({ pattern: UUID_V7_PATTERN }),
});
export type SubmissionParams = Static<typeof SubmissionParams>;

export const ClearFields = Type.Record(Type.String({ pattern: '^[a-zA-Z]{1,32}$' }), Type.String({ maxLength: 200 }), { maxProperties: 8 });
export type ClearFields = Static<typeof ClearFields>;

export const SubmissionBody = Type.Object(
  {
    formId: Type.String({ pattern: FORM_ID_PATTERN, minLength: 1, maxLength: 64 }),
    ciphertext: Type.String({ pattern: COMPACT_JWE_PATTERN, maxLength: MAX_CIPHERTEXT_LENGTH }),
    /** The salted hash of the citizen's status PIN (contract/status.ts), in clear: the server compares it at lookups. */
    pinHash: Type.Optional(Type.String({ pattern: PIN_HASH_PATTERN })),
    /** A facility reservation's room and slots, in clear: the server holds them at once. */
    reservation: Type.Optional(ReservationRequest),
    /** Never personal: fields staff need before decrypting (a library hold's record and pickup branch). Each form says which it takes. */
    clear: Type.Optional(ClearFields),
  },
  { additionalProperties: false },
);
export type SubmissionBody = Static<typeof SubmissionBody>;

/** 201 for a new submission, 200 for a replay: the same receipt either way. */
export const SubmissionReceipt = Type.Object({
  receiptNumber: Type.String({ examples: ['IW-2026-000123'] }),
  receivedAt: Type.String({ format: 'date-time' }),
  /** For a reservation request: whether its slots are held, or why not (`taken`: someone else has one). */
  reservation: Type.Optional(ReservationOutcome),
});
export type SubmissionReceipt = Static<typeof SubmissionReceipt>;

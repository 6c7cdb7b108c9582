import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { MAX_SUBMISSION_BYTES } from '../../../src/lib/forms/submission-limits.js';

// The contract of PUT /api/submissions/:id. Kept free of Node imports so the app can
// `import type` the Static types.

/** Lower-case UUIDv7: time-ordered, made by the client when it queues the submission. */
export const UUID_V7_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
/** Form ids are kebab-case: they appear in URLs (`/f/<formId>`) and in QR payloads. */
export const FORM_ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/**
 * Compact JWE: header.encryptedKey.iv.ciphertext.tag in base64url. The shape only; the
 * service checks the header and part lengths against the form (lib/jwe-header.ts).
 */
export const COMPACT_JWE_PATTERN = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';
export const MAX_CIPHERTEXT_LENGTH = MAX_SUBMISSION_BYTES;
/** `{"formId":"…","ciphertext":"…"}` around the ciphertext, with a 64-character form id. */
export const SUBMISSION_ENVELOPE_BYTES = 1024;
/**
 * The most any form may take plus the JSON around it. Each form's own, usually far smaller
 * limit is enforced from Content-Length before the body is read (plugins/submission-limits.ts).
 */
export const SUBMISSION_BODY_LIMIT = MAX_SUBMISSION_BYTES + SUBMISSION_ENVELOPE_BYTES;

export const SubmissionParams = Type.Object({
  id: Type.String({ pattern: UUID_V7_PATTERN }),
});
export type SubmissionParams = Static<typeof SubmissionParams>;

export const SubmissionBody = Type.Object(
  {
    formId: Type.String({ pattern: FORM_ID_PATTERN, minLength: 1, maxLength: 64 }),
    ciphertext: Type.String({ pattern: COMPACT_JWE_PATTERN, maxLength: MAX_CIPHERTEXT_LENGTH }),
  },
  { additionalProperties: false },
);
export type SubmissionBody = Static<typeof SubmissionBody>;

/** 201 for a new submission, 200 for a replay: the same receipt either way. */
export const SubmissionReceipt = Type.Object({
  receiptNumber: Type.String({ examples: ['IW-2026-000123'] }),
  receivedAt: Type.String({ format: 'date-time' }),
});
export type SubmissionReceipt = Static<typeof SubmissionReceipt>;

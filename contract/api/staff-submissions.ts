import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { FORM_ID_PATTERN, UUID_V7_PATTERN } from './submissions.js';
import { ProgressState, PublicMessage } from './status.js';

// The contract of /api/staff/submissions: metadata and ciphertext only. Decryption
// happens in the staff browser; the server never holds plaintext or private keys.

export const SubmissionStatus = Type.Union([Type.Literal('received'), Type.Literal('processed')]);

export const SubmissionListQuery = Type.Object(
  {
    formId: Type.Optional(Type.String({ pattern: FORM_ID_PATTERN, maxLength: 64 })),
    status: Type.Optional(SubmissionStatus),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    /** `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
    /** `export` when the console is fetching every page for a CSV file: audited as an export. */
    purpose: Type.Optional(Type.Literal('export')),
  },
  { additionalProperties: false },
);
export type SubmissionListQuery = Static<typeof SubmissionListQuery>;

export const SubmissionSummary = Type.Object({
  id: Type.String(),
  formId: Type.String(),
  keyId: Type.Union([Type.String(), Type.Null()]),
  receiptNumber: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
  status: SubmissionStatus,
  byteSize: Type.Integer(),
  /** What the citizen sees by receipt number + PIN (contract/status.ts). */
  progress: ProgressState,
  progressMessage: Type.Union([PublicMessage, Type.Null()]),
});

export const SubmissionList = Type.Object({
  /** Newest first. */
  items: Type.Array(SubmissionSummary),
  /** Null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type SubmissionList = Static<typeof SubmissionList>;

export const SubmissionDetail = Type.Composite([
  SubmissionSummary,
  Type.Object({
    sha256: Type.String(),
    ciphertext: Type.String(),
    processedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    /** Staff username. */
    processedBy: Type.Union([Type.String(), Type.Null()]),
  }),
]);
export type SubmissionDetail = Static<typeof SubmissionDetail>;

export const StaffSubmissionParams = Type.Object({ id: Type.String({ pattern: UUID_V7_PATTERN }) });
export type StaffSubmissionParams = Static<typeof StaffSubmissionParams>;

/** The answer to marking as processed: the summary and who processed it when, without the ciphertext again. */
export const SubmissionState = Type.Composite([
  SubmissionSummary,
  Type.Object({
    processedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    processedBy: Type.Union([Type.String(), Type.Null()]),
  }),
]);
export type SubmissionState = Static<typeof SubmissionState>;

import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { KEBAB_ID_PATTERN, UUID_V7_PATTERN } from '../ids.js';
import { MAX_REPLY_CHARS } from '../replies.js';
import { StatusQuery } from './status.js';

// The contract of replies to opinions and questions (広聴): staff write one per submission,
// the citizen reads it by receipt number + PIN. See docs/clear-and-encrypted.md ("Replies").

/**
 * A private reply as staff's browser seals it (src/lib/replies/reply-crypto.ts): compact JWE
 * with an empty key part (`alg: dir`), a 12-byte IV and a 16-byte tag. The text inside may be
 * up to MAX_REPLY_CHARS characters of UTF-8 (4 bytes each at most), in JSON, in base64url.
 */
export const REPLY_JWE_PATTERN = '^[A-Za-z0-9_-]{1,400}\\.\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}$';
export const MAX_REPLY_JWE_LENGTH = 512 + Math.ceil(((MAX_REPLY_CHARS * 4 + 64) * 4) / 3);

export const ReplyParams = Type.Object({ id: Type.String({ pattern: UUID_V7_PATTERN }) });
export type ReplyParams = Static<typeof ReplyParams>;

export const EncryptedReply = Type.Object(
  { kind: Type.Literal('encrypted'), ciphertext: Type.String({ pattern: REPLY_JWE_PATTERN, maxLength: MAX_REPLY_JWE_LENGTH }) },
  { additionalProperties: false },
);
/** Only when the citizen agreed: stored and shown in clear. */
export const PublicReply = Type.Object(
  { kind: Type.Literal('public'), text: Type.String({ minLength: 1, maxLength: MAX_REPLY_CHARS }) },
  { additionalProperties: false },
);

/** PUT /api/staff/submissions/:id/reply */
export const StaffReplyBody = Type.Union([EncryptedReply, PublicReply]);
export type StaffReplyBody = Static<typeof StaffReplyBody>;

export const StoredReply = Type.Union([
  Type.Object({ kind: Type.Literal('encrypted'), ciphertext: Type.String(), repliedAt: Type.String({ format: 'date-time' }) }),
  Type.Object({ kind: Type.Literal('public'), text: Type.String(), repliedAt: Type.String({ format: 'date-time' }) }),
]);
export type StoredReply = Static<typeof StoredReply>;

/** GET /api/staff/submissions/:id/reply: the reply so far, and whether the citizen allowed a public one. */
export const StaffReplyView = Type.Object({
  publicAllowed: Type.Boolean(),
  reply: Type.Union([StoredReply, Type.Null()]),
  repliedBy: Type.Union([Type.String(), Type.Null()]),
});
export type StaffReplyView = Static<typeof StaffReplyView>;

/** POST /api/status/reply: one receipt number + PIN, as a status lookup. */
export const CitizenReplyRequest = StatusQuery;
export type CitizenReplyRequest = Static<typeof CitizenReplyRequest>;

export const CitizenReplyAnswer = Type.Union([
  Type.Object({ found: Type.Literal(false) }),
  Type.Object({ found: Type.Literal(true), reply: Type.Union([StoredReply, Type.Null()]) }),
]);
export type CitizenReplyAnswer = Static<typeof CitizenReplyAnswer>;

/** POST /api/staff/submissions/:id/faq: an anonymised question and answer staff wrote, for the next content pack. */
export const FaqProposalBody = Type.Object(
  {
    category: Type.String({ pattern: KEBAB_ID_PATTERN, maxLength: 40 }),
    question: Type.String({ minLength: 5, maxLength: 500 }),
    answer: Type.String({ minLength: 5, maxLength: MAX_REPLY_CHARS }),
  },
  { additionalProperties: false },
);
export type FaqProposalBody = Static<typeof FaqProposalBody>;

export const FaqProposal = Type.Object({
  id: Type.String(),
  submissionId: Type.String(),
  category: Type.String(),
  question: Type.String(),
  answer: Type.String(),
  proposedBy: Type.String(),
  proposedAt: Type.String({ format: 'date-time' }),
  /** When `npm run faq:pull` wrote it into content/faq/from-console.json; null until then. */
  exportedAt: Type.Union([Type.String(), Type.Null()]),
});
export type FaqProposal = Static<typeof FaqProposal>;

export const FaqProposalList = Type.Object({ items: Type.Array(FaqProposal) });
export type FaqProposalList = Static<typeof FaqProposalList>;

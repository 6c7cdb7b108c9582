import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { BRANCHES, HOLDING_STATUSES } from '../library-branches.js';
import { ProgressState } from './status.js';

// GET /api/library/search: the catalogue, open to anyone (kiosks and phones).

export const LIBRARY_PAGE_SIZE = 20;

const BranchId = Type.Unsafe<string>({ type: 'string', enum: BRANCHES.map((b) => b.id) });
const HoldingStatus = Type.Unsafe<(typeof HOLDING_STATUSES)[number]>({ type: 'string', enum: [...HOLDING_STATUSES] });

export const LibrarySearchQuery = Type.Object(
  {
    /** Title, author, reading (kana), kanji, or an ISBN-10/13 with or without hyphens. */
    q: Type.String({ minLength: 1, maxLength: 100 }),
    branch: Type.Optional(BranchId),
    /** `true`: only books on the shelf now (at `branch` when given). */
    available: Type.Optional(Type.Boolean()),
    /** An NDC class prefix: `9` literature, `91` Japanese literature, `913`. */
    ndc: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type LibrarySearchQuery = Static<typeof LibrarySearchQuery>;

export const LibraryHolding = Type.Object({ branch: BranchId, status: HoldingStatus });
export type LibraryHolding = Static<typeof LibraryHolding>;

export const LibraryRecord = Type.Object({
  id: Type.String(),
  title: Type.String(),
  titleReading: Type.String(),
  author: Type.String(),
  authorReading: Type.String(),
  publisher: Type.String(),
  year: Type.Union([Type.Integer(), Type.Null()]),
  isbn13: Type.Union([Type.String(), Type.Null()]),
  ndc: Type.Union([Type.String(), Type.Null()]),
  sample: Type.Boolean(),
  holdings: Type.Array(LibraryHolding),
});
export type LibraryRecord = Static<typeof LibraryRecord>;

export const LibrarySearchResult = Type.Object({
  /** Matches in all (capped at `MAX_COUNTED`: "more than"). */
  total: Type.Integer(),
  /** True when no book matched exactly and these are near spellings of a Latin query. */
  fuzzy: Type.Boolean(),
  records: Type.Array(LibraryRecord),
});
export type LibrarySearchResult = Static<typeof LibrarySearchResult>;

/** Matches counted and ranked per query: nobody pages past this many, and a common word stays as fast as a rare one. */
export const MAX_COUNTED = 200;

// GET /api/staff/library/holds: holds waiting for staff (and recently processed ones).
export const LibraryHoldListQuery = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal('received'), Type.Literal('processed')])) },
  { additionalProperties: false },
);
export type LibraryHoldListQuery = Static<typeof LibraryHoldListQuery>;

export const LibraryHold = Type.Object({
  /** The submission: its detail page decrypts the card number and PIN. */
  id: Type.String(),
  receiptNumber: Type.String(),
  receivedAt: Type.String(),
  status: Type.Union([Type.Literal('received'), Type.Literal('processed')]),
  /** What the citizen's status page says (staff set it here: ready for pickup, declined). */
  progress: ProgressState,
  recordId: Type.String(),
  /** Null when the record has left the catalogue since. */
  title: Type.Union([Type.String(), Type.Null()]),
  isbn13: Type.Union([Type.String(), Type.Null()]),
  pickupBranch: Type.String(),
});
export type LibraryHold = Static<typeof LibraryHold>;

export const LibraryHoldList = Type.Object({ items: Type.Array(LibraryHold) });
export type LibraryHoldList = Static<typeof LibraryHoldList>;

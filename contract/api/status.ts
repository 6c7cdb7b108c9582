import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { UUID_V7_PATTERN } from '../ids.js';
import { PIN_PATTERN, progressStates, stockPhrases } from '../status.js';

// The contract of POST /api/status: a citizen's receipt number and PIN in, the state of the
// request and the department's public message out. POST, not GET, so PINs stay out of URLs
// and logs. Several at once so a phone can refresh its receipt list in one request.

export const RECEIPT_NUMBER_PATTERN = '^IW-[0-9]{4}-[0-9]{6,}$';
export const MAX_STATUS_QUERIES = 20;

export const ProgressState = Type.Union(progressStates.map((state) => Type.Literal(state)));

const LocalizedText = Type.Record(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$' }), Type.String({ minLength: 1, maxLength: 500 }), {
  maxProperties: 12,
});

export const PublicMessage = Type.Union([
  Type.Object({ phrase: Type.Union(stockPhrases.map((phrase) => Type.Literal(phrase))) }, { additionalProperties: false }),
  Type.Object({ text: LocalizedText }, { additionalProperties: false }),
]);

export const StatusQuery = Type.Object(
  {
    receiptNumber: Type.String({ pattern: RECEIPT_NUMBER_PATTERN, maxLength: 20 }),
    pin: Type.String({ pattern: PIN_PATTERN }),
  },
  { additionalProperties: false },
);
export type StatusQuery = Static<typeof StatusQuery>;

export const StatusRequest = Type.Object(
  { queries: Type.Array(StatusQuery, { minItems: 1, maxItems: MAX_STATUS_QUERIES }) },
  { additionalProperties: false },
);
export type StatusRequest = Static<typeof StatusRequest>;

/**
 * A library hold's book and pickup branch: the fields it sent in the clear (never the card),
 * so "ready for pickup" can say where. The title is null when the book has left the catalogue.
 */
export const StatusHold = Type.Object({
  recordId: Type.String(),
  title: Type.Union([Type.String(), Type.Null()]),
  pickupBranch: Type.String(),
});
export type StatusHold = Static<typeof StatusHold>;

/** No personal data: the form, the state, when it last changed, and the public message. */
export const StatusFound = Type.Object({
  receiptNumber: Type.String(),
  found: Type.Literal(true),
  formId: Type.String(),
  state: ProgressState,
  updatedAt: Type.String({ format: 'date-time' }),
  message: Type.Union([PublicMessage, Type.Null()]),
  /** Library holds only. */
  hold: Type.Optional(StatusHold),
});

/** A wrong PIN and an unknown number answer the same, so neither can be told apart. */
export const StatusNotFound = Type.Object({ receiptNumber: Type.String(), found: Type.Literal(false) });

export const StatusAnswer = Type.Union([StatusFound, StatusNotFound]);
export type StatusAnswer = Static<typeof StatusAnswer>;

export const StatusResponse = Type.Object({ results: Type.Array(StatusAnswer) });
export type StatusResponse = Static<typeof StatusResponse>;

/** POST /api/staff/submissions/progress: one state and message for one or many submissions (bulk). */
export const StaffProgressBody = Type.Object(
  {
    ids: Type.Array(Type.String({ pattern: UUID_V7_PATTERN }), { minItems: 1, maxItems: 200, uniqueItems: true }),
    state: ProgressState,
    message: Type.Union([PublicMessage, Type.Null()]),
  },
  { additionalProperties: false },
);
export type StaffProgressBody = Static<typeof StaffProgressBody>;

export const StaffProgressResult = Type.Object({ updated: Type.Array(Type.String()) });
export type StaffProgressResult = Static<typeof StaffProgressResult>;

/**
 * The words of "status of a request" (申請状況の確認), shared by the server, the app and
 * the staff console. Kept free of Node and DOM imports.
 */

/** What a citizen sees of their request. Set by staff; a reservation's hold sets `in_progress`. */
export const progressStates = ['received', 'in_progress', 'done', 'declined', 'cancelled'] as const;
export type ProgressState = (typeof progressStates)[number];

/**
 * Stock phrases staff pick instead of writing: each is translated in every language of
 * the app (src/locales/<lang>/services.json `phrases.<id>`), so a citizen reads it in theirs.
 */
export const stockPhrases = [
  'ready-for-pickup',
  'sent-by-mail',
  'please-call',
  'please-visit',
  'documents-missing',
  'reservation-confirmed',
  'reservation-declined',
  /** Said at once by the server when another request already holds a slot. */
  'slot-taken',
] as const;
export type StockPhrase = (typeof stockPhrases)[number];

/**
 * The department's public message: a stock phrase, or staff's own words per language
 * (the reader gets theirs, else Japanese). Stored in clear on the server: never personal data.
 */
export type PublicMessage = { phrase: StockPhrase } | { text: Record<string, string> };

/**
 * The PIN printed beside a receipt number: 10 digits (≈ 33 bits), digits only so any
 * reader can type it on a numeric keypad. Made by the device that queues the submission;
 * only its salted hash travels, so neither the outbox nor the server holds the PIN.
 */
export const PIN_DIGITS = 10;
export const PIN_PATTERN = `^[0-9]{${PIN_DIGITS}}$`;
/** Hex sha256. */
export const PIN_HASH_PATTERN = '^[0-9a-f]{64}$';

/** What is hashed: salted with the submission id, so one PIN's hash says nothing about another's. */
export function pinHashInput(submissionId: string, pin: string): string {
  return `madoguchi-status-pin/1\n${submissionId}\n${pin}`;
}

/** `1234567890` → `12345-67890`: easier to read out and copy. */
export function formatPin(pin: string): string {
  return pin.length === PIN_DIGITS ? `${pin.slice(0, 5)}-${pin.slice(5)}` : pin;
}

/** What a citizen typed, back to digits: full-width digits, spaces and dashes are forgiven. */
export function normalisePin(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s\-‐－ー−]/g, '');
}

/**
 * A receipt number as typed: full-width, lower case, spaces and a missing "IW-" forgiven, so
 * `2026000123` on a numeric keypad finds IW-2026-000123.
 */
export function normaliseReceiptNumber(typed: string): string {
  const text = typed.normalize('NFKC').replace(/\s/g, '').replace(/[‐－ー−]/g, '-').toUpperCase();
  const parts = /^(?:IW-?)?(\d{4})-?(\d{6,})$/.exec(text);
  return parts ? `IW-${parts[1]}-${parts[2]}` : text;
}

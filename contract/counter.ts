/**
 * What a counter conversation may carry, shared by the phrasebook build, the app and the
 * server: a phrase id, and for the phrases that hold one a whole number or a date. Never
 * free text, so both screens show exactly the same thing each in its own language, and
 * nothing a citizen could type (a name, an address) can cross the network or be logged.
 */
export const phraseValueKinds = ['number', 'date'] as const;
export type PhraseValueKind = (typeof phraseValueKinds)[number];

/** Largest number a phrase carries: a year, a fee, a count; too short for a phone number. */
export const MAX_PHRASE_NUMBER = 9_999_999;
export const PHRASE_ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const PHRASE_ID_MAX_LENGTH = 64;
export const PHRASE_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Who says something: the clerk at the staff console, or the citizen at the kiosk or phone. */
export type CounterSide = 'staff' | 'citizen';

/** One thing said. `n` only with a number phrase, `date` only with a date phrase. */
export interface CounterSay { phrase: string; n?: number; date?: string }

/** What the phrasebook tells a checker about each phrase: which value it carries, if any. */
export type PhraseValues = ReadonlyMap<string, PhraseValueKind | undefined>;

export type SayProblem = 'unknown_phrase' | 'value_missing' | 'value_not_expected' | 'bad_value';

/**
 * Whether a message fits the phrasebook: a known phrase with exactly the value it holds.
 * The server runs it on every message, so a client that skips it still cannot send text.
 */
export function checkSay(say: CounterSay, phrases: PhraseValues): SayProblem | undefined {
  if (!phrases.has(say.phrase)) return 'unknown_phrase';
  const kind = phrases.get(say.phrase);
  const has = { number: say.n !== undefined, date: say.date !== undefined };
  if (!kind) return has.number || has.date ? 'value_not_expected' : undefined;
  if (!has[kind]) return 'value_missing';
  if (has[kind === 'number' ? 'date' : 'number']) return 'value_not_expected';
  if (kind === 'number') return Number.isInteger(say.n) && say.n! >= 0 && say.n! <= MAX_PHRASE_NUMBER ? undefined : 'bad_value';
  return isRealDate(say.date!) ? undefined : 'bad_value';
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

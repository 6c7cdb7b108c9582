import * as v from 'valibot';

/**
 * Building blocks of the source-content schemas. Every custom message starts with
 * "expected" because the build prints it as `expected … got <value>`.
 */

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids become file names and URL segments: lowercase ASCII words joined by hyphens. */
export const id = v.pipe(v.string(), v.regex(idPattern, 'expected an id of lowercase letters, digits and hyphens'));

/** Non-empty text, trimmed. */
export const text = v.pipe(v.string(), v.trim(), v.nonEmpty('expected some text'));

/** Text that may be left empty. */
export const optionalText = v.optional(v.pipe(v.string(), v.trim()), '');

/** A real calendar date, written YYYY-MM-DD (2026-02-30 is refused). */
export const isoDate = v.pipe(v.string(), v.check(isRealDate, 'expected a date YYYY-MM-DD'));

/** A list that may be omitted or left blank (`relatedForms:` with nothing after it). */
export function list<T extends v.GenericSchema<unknown, string>>(item: T) {
  return v.nullish(v.array(item), []);
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

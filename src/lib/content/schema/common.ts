import * as v from 'valibot';
import { languageCodes, type LanguageCode } from '../../../../contract/languages';

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

/**
 * A translation's mark (TranslationMark in pack-types): `source` is the `updated` date of the
 * Japanese it was made from, so a later edit of the original shows as stale in the coverage
 * report; `checked` stays false until a person who reads the language has checked this machine
 * or draft translation. Forms and FAQ entries carry it per language.
 */
export const translationMark = v.strictObject({ source: isoDate, checked: v.boolean() });

export type TranslatedCode = Exclude<LanguageCode, 'ja'>;
/** The languages a Japanese original may be translated into. */
export const translatedCodes = languageCodes.filter((code): code is TranslatedCode => code !== 'ja');

/** One entry per translated language; a key that is no language code is refused as an unknown field. */
export function perTranslation<S extends v.GenericSchema>(schema: S) {
  const entries = Object.fromEntries(translatedCodes.map((code) => [code, v.optional(schema)])) as { [L in TranslatedCode]: v.OptionalSchema<S, undefined> };
  return v.strictObject(entries, `expected a language code: one of ${translatedCodes.join(', ')}`);
}

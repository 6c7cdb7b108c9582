/**
 * The languages Madoguchi speaks: the UI, content, forms and staff notices all take their
 * codes from this one list, in the order lists show them (Japanese, the source, first).
 * やさしい日本語 is `ja-easy`: Japanese to every machine, its own language to a reader.
 */
export const languageCodes = [
  'ja', 'ja-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'fil', 'id', 'ne', 'pt', 'es', 'th', 'mn', 'km', 'my',
] as const;
export type LanguageCode = (typeof languageCodes)[number];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value);
}

/** Text in Japanese, the source, and in any other language it has been translated into. */
export type LocalizedText = { ja: string } & { [L in Exclude<LanguageCode, 'ja'>]?: string };

import type { LanguageCode } from '../../i18n/languages';

/**
 * A form's title in the reader's language. Forms are written in six languages; the
 * rest fall back the way the UI strings do: やさしい日本語 to Japanese, others to English.
 */
export function formTitle(titles: Readonly<Record<string, string>>, language: LanguageCode): string {
  const fallback = language === 'ja-easy' ? 'ja' : 'en';
  return titles[language] ?? titles[fallback] ?? titles.ja ?? '';
}

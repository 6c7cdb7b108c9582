import type { ContentLanguage } from '../../lib/content/pack-types';
import type { LanguageCode } from '../../i18n/languages';

/**
 * Which version of a page to show: the reader's language when it exists,
 * otherwise Japanese (the source), flagged so the screen can say so and turn on furigana.
 */
export function pickContentLanguage(
  ui: LanguageCode,
  available: readonly ContentLanguage[],
): { lang: ContentLanguage; japaneseFallback: boolean } {
  if (available.includes(ui)) return { lang: ui, japaneseFallback: false };
  return { lang: 'ja', japaneseFallback: ui !== 'ja' };
}

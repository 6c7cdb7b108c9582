import { kioskMarkerInUrl } from '../config/kiosk-marker';
import { matchBrowserLanguage, type LanguageCode } from './languages';
import { loaderFor } from './resources';
import { annotatedLanguages, loadUiRuby } from './ui-ruby';

/**
 * Starts fetching the strings of the language this start will most likely show, before
 * the stored preference has been read: a kiosk starts in Japanese, a phone in its
 * browser's language until its citizen chose another. The module loader keeps what was
 * fetched, so initI18n then finds it ready; a wrong guess costs one small chunk.
 */
export function prefetchStrings(url: URL, preferred: readonly string[] = navigator.languages ?? [navigator.language]): LanguageCode {
  const kiosk = kioskMarkerInUrl(url) !== undefined || url.pathname === '/attract';
  const language = kiosk ? 'ja' : matchBrowserLanguage(preferred);
  const fallback: LanguageCode = language === 'ja' || language === 'ja-easy' ? 'ja' : 'en';
  for (const code of new Set<LanguageCode>([language, fallback])) {
    void loaderFor(code, 'common')?.().catch(() => undefined);
    if (annotatedLanguages.includes(code)) void loadUiRuby(code, 'common');
  }
  return language;
}

import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { loadNamespace, tFor } from '../../i18n';
import type { LanguageCode } from '../../i18n/languages';

/**
 * The counter's strings in each of the languages on screen (the clerk's and the
 * citizen's may differ), loaded before they are shown. Undefined until then.
 */
export function useCounterText(languages: readonly LanguageCode[]): ((lang: LanguageCode) => TFunction<'counter'>) | undefined {
  const key = [...new Set(languages)].sort().join(',');
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // English and Japanese too: i18next falls back to them, and a missing fallback shows keys.
    const codes = [...new Set<LanguageCode>([...languages, 'en', 'ja'])];
    void loadNamespace('counter', codes).then(() => { if (live) setLoaded(key); });
    return () => { live = false; };
  }, [key]);
  return loaded === key ? (lang) => tFor(lang, 'counter') : undefined;
}

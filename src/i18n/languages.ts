import { languageCodes, type LanguageCode } from '../../contract/languages';

/**
 * The languages of the UI. `code` is what i18next and our content use; `htmlLang`
 * is the BCP 47 tag for the `lang` attribute (screen readers, speech, font choice);
 * やさしい日本語 is Japanese to every machine that reads the page.
 */
export interface LanguageInfo {
  code: LanguageCode;
  /** The language's name in its own script, for the picker. */
  nativeName: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
}

export { isLanguageCode, languageCodes, type LanguageCode } from '../../contract/languages';

export const languages: readonly LanguageInfo[] = [
  { code: 'ja', nativeName: '日本語', htmlLang: 'ja', dir: 'ltr' },
  { code: 'ja-easy', nativeName: 'やさしい にほんご', htmlLang: 'ja', dir: 'ltr' },
  { code: 'en', nativeName: 'English', htmlLang: 'en', dir: 'ltr' },
  { code: 'zh-Hans', nativeName: '简体中文', htmlLang: 'zh-Hans', dir: 'ltr' },
  { code: 'zh-Hant', nativeName: '繁體中文', htmlLang: 'zh-Hant', dir: 'ltr' },
  { code: 'ko', nativeName: '한국어', htmlLang: 'ko', dir: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', htmlLang: 'vi', dir: 'ltr' },
  { code: 'fil', nativeName: 'Filipino', htmlLang: 'fil', dir: 'ltr' },
  { code: 'id', nativeName: 'Bahasa Indonesia', htmlLang: 'id', dir: 'ltr' },
  { code: 'ne', nativeName: 'नेपाली', htmlLang: 'ne', dir: 'ltr' },
  { code: 'pt', nativeName: 'Português', htmlLang: 'pt', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', htmlLang: 'es', dir: 'ltr' },
  { code: 'th', nativeName: 'ไทย', htmlLang: 'th', dir: 'ltr' },
  { code: 'mn', nativeName: 'Монгол хэл', htmlLang: 'mn', dir: 'ltr' },
  { code: 'km', nativeName: 'ខ្មែរ', htmlLang: 'km', dir: 'ltr' },
  { code: 'my', nativeName: 'မြန်မာ', htmlLang: 'my', dir: 'ltr' },
];


export function languageInfo(code: LanguageCode): LanguageInfo {
  const info = languages.find((l) => l.code === code);
  if (!info) throw new Error(`unknown language ${code}`);
  return info;
}

/**
 * Picks the UI language from the browser's preference list on first run.
 * Chinese is split by script: zh-TW/zh-HK/zh-Hant read Traditional, other zh Simplified.
 * Tagalog (tl) is served Filipino. Anything we don't have falls back to Japanese,
 * the language of the city's own information.
 */
export function matchBrowserLanguage(preferred: readonly string[]): LanguageCode {
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('zh')) {
      return /hant|-tw|-hk|-mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
    }
    const primary = tag.split('-')[0];
    if (primary === 'tl') return 'fil';
    const hit = languageCodes.find((c) => c.toLowerCase() === primary);
    if (hit) return hit;
  }
  return 'ja';
}

import type { LanguageCode } from '../../i18n/languages';

/**
 * The font of a half's language where BIZ UDPGothic has no glyphs: the two halves may
 * be in other languages than the UI (a Nepali citizen at a Japanese kiosk), and a stock
 * Debian kiosk draws Devanagari, Hangul and Chinese as boxes. Loaded only when a half
 * shows the language; the @font-face rules use unicode-range slices, fetched as needed.
 * (When the app loads script fonts per UI language, this should use the same loader.)
 */
const fonts: Partial<Record<LanguageCode, () => Promise<unknown>>> = {
  ne: () => Promise.all([import('@fontsource/noto-sans-devanagari/400.css'), import('@fontsource/noto-sans-devanagari/700.css')]),
  ko: () => import('@fontsource/noto-sans-kr/400.css'),
  'zh-Hans': () => import('@fontsource/noto-sans-sc/400.css'),
  'zh-Hant': () => import('@fontsource/noto-sans-tc/400.css'),
};

export function loadScriptFont(lang: LanguageCode): void {
  // Offline before the font was stored, the text shows in a fallback font; nothing else to do.
  fonts[lang]?.().catch((error: unknown) => console.warn('script font not loaded', error));
}

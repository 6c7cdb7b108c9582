import { effect } from '@preact/signals';
import { currentLanguage } from '../../i18n';
import type { LanguageCode } from '../../i18n/languages';

/**
 * The font of each language whose script the UI font (BIZ UDPGothic) does not draw (or not whole, as Vietnamese and Mongolian), loaded
 * only while that language is shown: the @font-face rules of a CJK font alone are ~100 KB
 * of CSS, its glyphs megabytes. Chunk names start with `fonts-` so phones store them in
 * the background (sw/precache-stages.ts).
 */
const scriptFonts: Partial<Record<LanguageCode, () => Promise<unknown>>> = {
  'zh-Hans': () => import('./fonts-zh-hans'),
  'zh-Hant': () => import('./fonts-zh-hant'),
  ko: () => import('./fonts-ko'),
  ne: () => import('./fonts-ne'),
  vi: () => import('./fonts-vi'),
  th: () => import('./fonts-th'),
  mn: () => import('./fonts-mn'),
  km: () => import('./fonts-km'),
  my: () => import('./fonts-my'),
};

/**
 * Loads a language's script font, e.g. for text shown in another language than the UI's
 * (a counter-board half in Nepali on a Japanese kiosk). Offline before the font was stored,
 * the text shows in a fallback font: readable (or boxes on a bare kiosk) until the next
 * start; nothing else to tell the citizen.
 */
export function loadScriptFont(language: LanguageCode): void {
  scriptFonts[language]?.().catch((error: unknown) => console.warn('script font not loaded', error));
}

/** Loads the shown language's font from the first screen on, and again at each switch. */
export function followLanguageFonts(): void {
  effect(() => loadScriptFont(currentLanguage.value));
}

import type { LanguageCode } from '../i18n/languages';
import { namespaces } from '../i18n/namespaces';

/** One precache entry as the build injects it (workbox-build's manifest format). */
export interface PrecacheEntry { url: string; revision: string | null }

/**
 * A phone precaches in two stages, so that a resident who opened a link from a disaster
 * SMS has a working app within seconds, before the signal goes:
 * 1. the shell and every screen's code (the disaster screens with them), the strings of
 *    the phone's own language, of Japanese and of English;
 * 2. in the background, what only makes it nicer or serves few: the UI font (first paint
 *    uses the system font), other languages, other namespaces, the QR decoder.
 * A kiosk precaches everything before it is ready (see sw.ts).
 *
 * Stages are decided from file names, which the build makes speak (vite.config.ts,
 * chunkFileNames): `locale-<lang>-<namespace>-<hash>.js`, `ui-ruby-<lang>-<namespace>-…`,
 * `qr-decoder-…`. An unknown file is stage 1: missing something offline is worse than a
 * larger first stage, and the budget test (scripts/budgets) catches growth.
 */
// Built from the namespace list, longest first so `services-staff` is never read as `services`.
const namespaceAlternatives = [...namespaces].sort((a, b) => b.length - a.length).join('|');
const stringsChunk = new RegExp(`(?:^|/)(?:locale|ui-ruby)-([A-Za-z-]+?)-(${namespaceAlternatives})-[\\w-]+\\.js$`);
const secondStage = [/\.woff2$/, /(?:^|\/)fonts-[\w-]+\.css$/, /(?:^|\/)qr-decoder-[\w-]+\.js$/];

/** The language of a strings chunk, from its file name; undefined for any other file. */
export function stringsChunkLanguage(url: string): string | undefined {
  return stringsChunk.exec(url)?.[1];
}

const firstStageNamespaces = ['common', 'shelters'];

export function precacheStage(url: string, languages: readonly string[]): 1 | 2 {
  const strings = stringsChunk.exec(url);
  // Shelter status words are on the evacuation list, which must read right offline from the first visit.
  if (strings) return firstStageNamespaces.includes(strings[2]!) && languages.includes(strings[1]!) ? 1 : 2;
  return secondStage.some((pattern) => pattern.test(url)) ? 2 : 1;
}

/**
 * Fonts of one script (Noto Sans SC, TC, KR, Devanagari, Thai, Khmer, Myanmar, and Noto Sans
 * itself for Mongolian Cyrillic; see app/script-fonts) and the languages that draw with them.
 * A phone stores only its own language's: together they are ~10 MB, and a phone has system
 * fonts for the others (a kiosk stores all). fontsource names a file
 * `noto-sans[-<family>]-<slice>-<weight>-normal`; plain Noto Sans has no family.
 */
const scriptFontFile = /(?:^|\/)noto-sans-(?:(sc|tc|kr|devanagari|thai|khmer|myanmar)-)?([a-z-]+|\d+)-\d00-normal-[\w-]+\.woff2$/;
const scriptFontLanguages: Readonly<Record<string, readonly string[]>> = {
  sc: ['zh-Hans'], tc: ['zh-Hant'], kr: ['ko'], devanagari: ['ne'], thai: ['th'], khmer: ['km'], myanmar: ['my'], 'noto-sans': ['mn'],
};
/** Vietnamese is drawn in Noto Sans KR's Latin and Vietnamese slices (styles/script-fonts.css). */
const vietnameseSlices = new Set(['latin', 'latin-ext', 'vietnamese']);

/** Whether a phone reading `language` leaves this file out of its precache altogether. */
export function isOtherScriptFont(url: string, language: string): boolean {
  const font = scriptFontFile.exec(url);
  if (!font) return false;
  const family = font[1] ?? 'noto-sans';
  const readers = family === 'kr' && vietnameseSlices.has(font[2]!) ? ['ko', 'vi'] : scriptFontLanguages[family]!;
  return !readers.includes(language);
}

/**
 * The languages whose strings a phone needs offline at once: its own, and Japanese and
 * English, which are also every other language's fallback and the two the operator screen
 * shows (a browser first opened as a phone may be enrolled as a kiosk with the network down).
 */
export function firstStageLanguages(language: LanguageCode | string): string[] {
  return [...new Set(['ja', 'en', language])];
}

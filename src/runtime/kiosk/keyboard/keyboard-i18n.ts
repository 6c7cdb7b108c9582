/**
 * Strings of the `keyboard` namespace, loaded into the shared i18next instance the
 * way src/i18n loads its own: one lazy chunk per language, added with
 * addResourceBundle. Local until the namespace is registered centrally
 * (src/i18n/resources.ts and i18next.d.ts); then this file becomes tFor(…, 'keyboard').
 */
import { signal } from '@preact/signals';
import { i18n } from '../../../i18n';
import type { LanguageCode } from '../../../i18n/languages';
import type jaKeyboard from '../../../locales/ja/keyboard.json';

export type KeyboardStrings = typeof jaKeyboard;
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type KeyboardKey = Paths<KeyboardStrings>;

const namespace = 'keyboard';
const loaders = import.meta.glob<{ default: KeyboardStrings }>('../../../locales/*/keyboard.json');
const loaderFor = (language: string) => loaders[`../../../locales/${language}/keyboard.json`];

/** Bumped whenever strings arrive, so components reading it re-render. */
const loaded = signal(0);

/** The language and what i18next falls back to for it (see src/i18n/index.ts). */
function withFallback(language: LanguageCode): LanguageCode[] {
  if (language === 'ja') return ['ja'];
  return [language, language === 'ja-easy' ? 'ja' : 'en'];
}

/** Loads the keyboard's strings for a language and its fallback. Needs initI18n() to have run. */
export async function loadKeyboardStrings(language: LanguageCode): Promise<void> {
  const missing = withFallback(language).filter((l) => loaderFor(l) && !i18n.hasResourceBundle(l, namespace));
  if (missing.length === 0) return;
  const bundles = await Promise.all(missing.map(async (l) => [l, (await loaderFor(l)!()).default] as const));
  for (const [l, strings] of bundles) i18n.addResourceBundle(l, namespace, strings, true, true);
  loaded.value += 1;
}

/** Whether the strings are in; reading it subscribes the caller to their arrival. */
export function keyboardStringsReady(language: LanguageCode): boolean {
  void loaded.value;
  return withFallback(language).every((l) => !loaderFor(l) || i18n.hasResourceBundle(l, namespace));
}

/** A typed translation function for the keyboard namespace. */
export function keyboardT(language: LanguageCode): (key: KeyboardKey) => string {
  void loaded.value;
  const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => (key: string) => string;
  const t = getFixedT(language, namespace);
  return (key) => t(key);
}

import i18next, { type TFunction } from 'i18next';
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { isLanguageCode, languageInfo, type LanguageCode } from './languages';
import { loaderFor, type Namespace } from './resources';
import { activateUiRuby, annotatedLanguages, loadUiRuby } from './ui-ruby';
import { setWordCutter } from './word-cutter';
import { spacelessLanguages } from '../lib/content/pack-types';

/** The language the UI shows; components re-render when it changes. */
export const currentLanguage = signal<LanguageCode>('ja');

export const i18n = i18next.createInstance();

async function ensureLoaded(language: LanguageCode, namespace: Namespace): Promise<void> {
  if (i18n.hasResourceBundle(language, namespace)) return;
  const load = loaderFor(language, namespace);
  if (!load) return; // a language still being translated: i18next falls back (see fallbackLng)
  // Japanese strings come with their build-time furigana and phrase breaks.
  const ruby = annotatedLanguages.includes(language) ? loadUiRuby(language, namespace) : undefined;
  const strings = (await load()).default as Record<string, unknown>;
  await ruby;
  i18n.addResourceBundle(language, namespace, strings, true, true);
}

export async function initI18n(language: LanguageCode): Promise<void> {
  await i18n.init({
    lng: language,
    // やさしい日本語 falls back to Japanese; every other language to English.
    // A test checks that no key is actually missing in any language.
    fallbackLng: { 'ja-easy': ['ja'], ja: [], default: ['en'] },
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // Preact escapes text for us
    returnNull: false,
    resources: {},
    supportedLngs: false,
    load: 'currentOnly',
  });
  keepOwnLanguageCodes();
  await setLanguage(language);
}

/**
 * i18next canonicalises a code with Intl before looking it up, and Intl reads the four
 * letters of "ja-easy" as a script ("ja-Easy"), so every やさしい日本語 lookup missed and fell
 * back to Japanese. The app's codes are already the keys of its bundles: look them up as they are.
 */
function keepOwnLanguageCodes(): void {
  const utils = i18n.services.languageUtils;
  const canonical = utils.formatLanguageCode.bind(utils);
  utils.formatLanguageCode = (code: string) => (isLanguageCode(code) ? code : canonical(code));
}

/** Switches the UI language, loading its strings first so nothing flashes in another language. */
export async function setLanguage(language: LanguageCode): Promise<void> {
  const fallback = language === 'ja-easy' ? 'ja' : language === 'ja' ? undefined : 'en';
  // Thai, Khmer and Burmese are cut into words (a lazy chunk), so lines break between words only.
  // Should the chunk not load, the language still switches: the browser breaks lines as before.
  const [cutter] = await Promise.all([
    spacelessLanguages.includes(language) ? import('../lib/text/word-runs').then((m) => m.createWordCutter(language), () => undefined) : undefined,
    ensureLoaded(language, 'common'),
    fallback && ensureLoaded(fallback, 'common'),
  ]);
  await i18n.changeLanguage(language);
  activateUiRuby(language);
  setWordCutter(cutter);
  const info = languageInfo(language);
  document.documentElement.lang = info.htmlLang;
  document.documentElement.dir = info.dir;
  document.documentElement.dataset.language = language;
  currentLanguage.value = language;
}

/** Loads one namespace for several languages, e.g. the attract loop's rotating greeting. */
export async function loadNamespace(namespace: Namespace, codes: readonly LanguageCode[]): Promise<void> {
  await Promise.all(codes.map((c) => ensureLoaded(c, namespace)));
}

/**
 * Strings of another namespace (forms, keyboard) in the current language, loaded on
 * first use by the screen that needs them. Re-renders on a language change.
 */
export function useNamespaceT<N extends Namespace>(namespace: N): TFunction<N> | undefined {
  const language = currentLanguage.value;
  const fallback = language === 'ja-easy' ? 'ja' : language === 'ja' ? undefined : 'en';
  const [, setLoaded] = useState(0);
  const ready = i18n.hasResourceBundle(language, namespace) || !loaderFor(language, namespace);
  useEffect(() => {
    if (ready) return;
    void Promise.all([ensureLoaded(language, namespace), fallback && ensureLoaded(fallback, namespace)])
      .then(() => setLoaded((n) => n + 1));
  }, [language, namespace, ready]);
  return ready ? i18n.getFixedT(language, namespace) : undefined;
}

/**
 * The translation function for the current language. Reading the signal makes the
 * calling component re-render on a language change.
 */
export function useT(): TFunction<'common'> {
  const language = currentLanguage.value;
  return i18n.getFixedT(language, 'common');
}

export function tFor<N extends Namespace>(language: LanguageCode, namespace: N): TFunction<N> {
  return i18n.getFixedT(language, namespace);
}

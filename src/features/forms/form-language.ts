import { formLanguages, type FormLanguage, type Localized } from '../../lib/forms/form-schema';
import type { LanguageCode } from '../../i18n/languages';
import type { RText as RTextValue, Seg } from '../../lib/content/pack-types';

/**
 * Which language a form is shown in: the reader's when the form has it (ja,
 * ja-easy, en, zh-Hans, ko, vi), otherwise Japanese, flagged so the screen adds
 * furigana and says the form is in Japanese only.
 */
export interface FormLanguageChoice {
  lang: FormLanguage;
  japaneseFallback: boolean;
}

export function pickFormLanguage(ui: LanguageCode): FormLanguageChoice {
  const own = (formLanguages as readonly string[]).includes(ui);
  return own ? { lang: ui as FormLanguage, japaneseFallback: false } : { lang: 'ja', japaneseFallback: true };
}

/** The `lang` attribute of form text: やさしい日本語 is Japanese to screen readers. */
export function htmlLangOf(lang: FormLanguage): string {
  return lang === 'ja-easy' ? 'ja' : lang;
}

/**
 * One localized string of a form, with its build-time furigana when it is
 * Japanese (the pack's ruby table is keyed by the string itself).
 */
export function formText(value: Localized | Record<string, string>, lang: FormLanguage, ruby: Readonly<Record<string, Seg[]>>): RTextValue {
  const text = value[lang] ?? value.ja ?? '';
  return lang === 'ja' || lang === 'ja-easy' ? (ruby[text] ?? text) : text;
}

/** The same string without furigana, for attributes and comparisons. */
export function formPlain(value: Localized | Record<string, string>, lang: FormLanguage): string {
  return value[lang] ?? value.ja ?? '';
}

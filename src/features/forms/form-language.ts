import type { FormLanguage, Localized } from '../../lib/forms/form-schema';
import { formLanguagesOf } from '../../lib/forms/form-language-rules';
import type { LanguageCode } from '../../i18n/languages';
import type { RText as RTextValue, Seg } from '../../lib/content/pack-types';

/**
 * Which language a form is shown in: the reader's when the form has it (its title names
 * the languages it is written in: every text has the same ones), otherwise Japanese,
 * flagged so the screen adds furigana and says the form is in Japanese only.
 */
export interface FormLanguageChoice {
  lang: FormLanguage;
  japaneseFallback: boolean;
}

export function pickFormLanguage(ui: LanguageCode, title: Partial<Record<string, string>> | undefined): FormLanguageChoice {
  const own = title !== undefined && formLanguagesOf(title).includes(ui);
  return own ? { lang: ui, japaneseFallback: false } : { lang: 'ja', japaneseFallback: ui !== 'ja' };
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

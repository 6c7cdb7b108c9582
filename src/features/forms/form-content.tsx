import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Localized } from '../../lib/forms/form-schema';
import type { Seg } from '../../lib/content/pack-types';
import { RText, WithFurigana } from '../../ui/rtext';
import { formPlain, formText, htmlLangOf, type FormLanguageChoice } from './form-language';

/** The language and furigana of the form being shown, for every field below it. */
export interface FormContent extends FormLanguageChoice {
  ruby: Readonly<Record<string, Seg[]>>;
}

const Context = createContext<FormContent>({ lang: 'ja', japaneseFallback: false, ruby: {} });

export function FormContentProvider({ value, children }: { value: FormContent; children: ComponentChildren }) {
  const body = <Context.Provider value={value}>{children}</Context.Provider>;
  // A reader of a language the form lacks gets Japanese with furigana, whatever the display setting.
  return value.japaneseFallback ? <WithFurigana>{body}</WithFurigana> : body;
}

export function useFormContent(): FormContent {
  return useContext(Context);
}

/**
 * Form text (label, help, option…) in the form's language. When that is not the
 * UI language, the span says so, so screen readers switch voice for it only.
 */
export function FT({ value }: { value: Localized | Record<string, string> | undefined }) {
  const { lang, japaneseFallback, ruby } = useFormContent();
  if (!value) return null;
  const text = <RText value={formText(value, lang, ruby)} />;
  return japaneseFallback ? <span lang={htmlLangOf(lang)}>{text}</span> : text;
}

/** Plain form text for attributes (aria-label, title). */
export function useFormPlain(): (value: Localized | Record<string, string>) => string {
  const { lang } = useFormContent();
  return (value) => formPlain(value, lang);
}

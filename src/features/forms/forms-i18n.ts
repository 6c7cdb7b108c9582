import type { TFunction } from 'i18next';
import { currentLanguage, tFor, useNamespaceT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import type { FieldError } from '../../lib/forms/validate';
import { formatDate } from '../../lib/format-date';

/**
 * The 'forms' strings for components below a screen that already waited for
 * them (useNamespaceT returns undefined until loaded); re-renders on a language change.
 */
export function useFormsT(): TFunction<'forms'> {
  return useNamespaceT('forms') ?? tFor(currentLanguage.value, 'forms');
}

/** A validation error in words, in the UI language; dates in the reader's format. */
export function errorMessage(t: TFunction<'forms'>, error: FieldError): string {
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  const params: Record<string, string | number> = { ...error.params };
  for (const key of ['min', 'max'] as const) {
    const value = params[key];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) params[key] = formatDate(value, htmlLang);
  }
  return t(`errors.${error.code}`, params);
}

import { languageCodes, type LanguageCode } from '../../../contract/languages';
import type { FormDef, Localized } from './form-schema';
import type { RuleIssue } from './form-rules';

/** The languages a form is written in: those of its title, in the project's order. */
export function formLanguagesOf(title: Partial<Record<string, string>>): LanguageCode[] {
  return languageCodes.filter((code) => typeof title[code] === 'string');
}

function isLocalized(value: unknown): value is Localized {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.ja === 'string' && Object.keys(record).every((key) => (languageCodes as readonly string[]).includes(key));
}

/** Every localized text of a form, with its path (`sections[0].fields[2].label`). */
export function localizedTexts(value: unknown, path = ''): Array<{ path: string; text: Localized }> {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).filter(([key]) => key !== 'translations')
      .flatMap(([key, child]) => localizedTexts(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * A form is in a language entirely or not at all: a reader must never meet a label in
 * Japanese in the middle of a Nepali form. So every text has exactly the title's languages,
 * and a translation's mark names a language the form has, made from a version it has had.
 */
export function formLanguageIssues(def: FormDef): RuleIssue[] {
  const languages = formLanguagesOf(def.title);
  const issues: RuleIssue[] = [];
  for (const { path, text } of localizedTexts(def)) {
    const has = formLanguagesOf(text);
    const missing = languages.filter((code) => !has.includes(code));
    const extra = has.filter((code) => !languages.includes(code));
    if (missing.length > 0) issues.push({ path, message: `expected the form's languages (${languages.join(', ')}): missing ${missing.join(', ')}` });
    if (extra.length > 0) issues.push({ path, message: `expected only the form's languages (its title's: ${languages.join(', ')}): ${extra.join(', ')} is not one of them` });
  }
  for (const [code, mark] of Object.entries(def.translations ?? {})) {
    if (!mark) continue;
    if (!languages.includes(code as LanguageCode)) issues.push({ path: `translations.${code}`, message: `expected a mark only for a language the form has (${languages.join(', ')})` });
    else if (def.updated !== undefined && mark.source > def.updated) issues.push({ path: `translations.${code}.source`, message: `expected the form's updated date (${def.updated}) or an earlier one, got ${mark.source}` });
  }
  return issues;
}

import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../contract/languages';
import { formatFormIssue, parseFormDef, type FormIssue } from './form-schema';
import { formLanguagesOf } from './form-language-rules';
import { testForm } from './test/form-fixture';

/** A hand-made form, every text also in the given languages ("<code>:" before the Japanese). */
function formIn(extra: readonly string[]): Record<string, unknown> {
  const def = JSON.parse(JSON.stringify(testForm([{ id: 'name', type: 'text', required: true, maxLength: 20 }]))) as Record<string, unknown>;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.ja === 'string') {
      for (const code of Object.keys(record)) if (code !== 'ja') delete record[code];
      for (const code of extra) record[code] = `${code}: ${record.ja}`;
      return;
    }
    Object.values(record).forEach(visit);
  };
  visit(def);
  return def;
}
const issuesOf = (json: unknown): string[] => {
  const result = parseFormDef(json, 'test-form.json');
  return result.ok ? [] : result.error.map((i: FormIssue) => formatFormIssue(i));
};

describe('the languages of a form', () => {
  it('may be any of the project\'s languages, Nepali and Spanish as well as English', () => {
    const def = formIn(['ne', 'es', 'en']);
    expect(issuesOf(def)).toEqual([]);
    const parsed = parseFormDef(def, 'test-form.json');
    expect(parsed.ok && formLanguagesOf(parsed.value.title)).toEqual(['ja', 'en', 'ne', 'es']);
    expect(issuesOf(formIn(languageCodes.filter((c) => c !== 'ja')))).toEqual([]);
    expect(issuesOf(formIn([]))).toEqual([]);
  });

  it('refuses a language code the project does not speak, saying which codes it knows', () => {
    const def = formIn(['en']);
    (def.title as Record<string, string>)['zh-TW'] = '申請';
    expect(issuesOf(def)).toEqual([`test-form.json: title.zh-TW: unknown language code "zh-TW": expected one of ${languageCodes.join(', ')}`]);
  });

  it('refuses a form half in a language: every text has exactly the title\'s languages', () => {
    const def = formIn(['ne']);
    delete ((def.sections as Array<{ fields: Array<{ label: Record<string, string> }> }>)[0]!.fields[0]!.label).ne;
    (def.description as Record<string, string>).pt = 'Descrição';
    expect(issuesOf(def)).toEqual([
      'test-form.json: description: expected only the form\'s languages (its title\'s: ja, ne): pt is not one of them',
      'test-form.json: sections[0].fields[0].label: expected the form\'s languages (ja, ne): missing ne',
    ]);
  });

  it('refuses a translation mark for a language the form lacks, or made from a version later than the form\'s', () => {
    const def = { ...formIn(['ne']), updated: '2026-10-01', translations: { ne: { source: '2026-10-02', checked: false }, pt: { source: '2026-10-01', checked: false } } };
    expect(issuesOf(def)).toEqual([
      'test-form.json: translations.ne.source: expected the form\'s updated date (2026-10-01) or an earlier one, got 2026-10-02',
      'test-form.json: translations.pt: expected a mark only for a language the form has (ja, ne)',
    ]);
  });

});

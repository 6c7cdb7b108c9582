import { describe, expect, it } from 'vitest';
import { formatFormIssue, parseFormDef, type FormIssue } from './form-schema';

// Vite reads the files (src/ has no Node types); every form in content/forms, keyed by path.
const forms = import.meta.glob<unknown>('../../../content/forms/*.json', { eager: true, import: 'default' });
const files = Object.keys(forms).map((path) => path.replace(/^.*\//, ''));
const read = (file: string): unknown => forms[`../../../content/forms/${file}`];

/** A real form to break in one place per test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sample = (): any => structuredClone(read('pre-move-in.json'));
/** A text in every language the sample form has (a form is in a language entirely or not at all). */
const L = (s: string) => Object.fromEntries(Object.keys(sample().title as object).map((code) => [code, s]));

function issuesOf(json: unknown, file = 'pre-move-in.json'): FormIssue[] {
  const result = parseFormDef(json, file);
  return result.ok ? [] : result.error;
}

describe('form definitions', () => {
  it('accepts every form in content/forms', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const result = parseFormDef(read(file), `content/forms/${file}`);
      expect(result.ok ? [] : result.error.map(formatFormIssue), file).toEqual([]);
    }
  });

  it('refuses a label missing one of the form\'s languages, naming where and which', () => {
    const def = sample();
    delete def.sections[0].fields[1].label.vi;
    expect(issuesOf(def).map((i) => [i.path, i.message])).toEqual([['sections[0].fields[1].label', expect.stringMatching(/missing vi$/)]]);
  });

  it('refuses a line break in an option label: staff read multi-choice answers one option per line', () => {
    const def = sample();
    const choice = def.sections.flatMap((s: { fields: { type: string }[] }) => s.fields).find((f: { type: string }) => f.type === 'choice');
    choice.options[0].label.en = 'two\nlines';
    expect(issuesOf(def)[0]?.message).toMatch(/one line/);
  });

  it('refuses a misspelt key instead of ignoring it', () => {
    const def = sample();
    def.sections[0].fields[0].requird = true;
    const [issue] = issuesOf(def);
    expect(issue?.path).toBe('sections[0].fields[0].requird');
    expect(issue?.message).toMatch(/unknown key/);
  });

  it('refuses an unknown field type', () => {
    const def = sample();
    def.sections[0].fields[0].type = 'signature';
    expect(issuesOf(def)[0]?.path).toBe('sections[0].fields[0].type');
  });

  it('refuses a condition on a field that comes later or does not exist', () => {
    const def = sample();
    def.sections[0].fields[0].visibleWhen = { field: 'householdMove', equals: 'with-family' };
    def.sections[0].fields[1].visibleWhen = { field: 'nothing', equals: 'x' };
    expect(issuesOf(def).map((i) => i.path)).toEqual(['sections[0].fields[0].visibleWhen.field', 'sections[0].fields[1].visibleWhen.field']);
  });

  it('refuses a condition on a value the choice does not offer', () => {
    const def = sample();
    def.sections[2].fields[1].visibleWhen = { field: 'householdMove', equals: 'with-famly' };
    expect(issuesOf(def)[0]?.message).toContain('with-famly');
  });

  it('refuses a postal code that fills something other than an address', () => {
    const def = sample();
    def.sections[1].fields[1].fills = 'visitOffice';
    expect(issuesOf(def).map((i) => i.path)).toEqual(['sections[1].fields[1].fills']);
  });

  it('refuses duplicate field ids across sections', () => {
    const def = sample();
    def.sections[1].fields[0].id = 'phone';
    expect(issuesOf(def).some((i) => i.message.includes('"phone" is used twice'))).toBe(true);
  });

  it.each([
    ['an id', { id: 'myNumber' }],
    ['a Japanese label', { label: L('マイナンバー（個人番号）') }],
    ['a label in 個人番号 wording', { label: { ...L('番号'), ja: '個人番号' } }],
    ['an English label in full-width letters', { label: { ...L('番号'), en: 'Ｍｙ Ｎｕｍｂｅｒ' } }],
  ])('refuses a field that asks for My Number by %s', (_, change) => {
    const def = sample();
    Object.assign(def.sections[0].fields[1], change);
    expect(issuesOf(def).some((i) => i.message.includes('My Number'))).toBe(true);
  });

  it('still allows help text that tells people not to enter My Number', () => {
    const def = sample();
    def.sections[0].fields[1].help = L('マイナンバーは書かないでください');
    expect(issuesOf(def)).toEqual([]);
  });

  it('refuses a QR code being allowed to tick consent', () => {
    const def = sample();
    def.sections[3].fields[2].prefillable = true;
    expect(issuesOf(def).map((i) => i.path)).toEqual(['sections[3].fields[2].prefillable']);
  });

  it('accepts a real form, which leaves `sample` out, and reads it as not a sample', () => {
    const def = sample();
    delete def.sample;
    const result = parseFormDef(def, 'content/forms/pre-move-in.json');
    expect(result.ok && result.value.sample).toBe(false);
    def.sample = false;
    expect(issuesOf(def)).toEqual([]);
  });

  it('keeps every made-up form of this repository marked as a sample', () => {
    for (const file of files) {
      const result = parseFormDef(read(file), `content/forms/${file}`);
      expect(result.ok && result.value.sample, file).toBe(true);
    }
  });

  it('refuses a file whose name is not the form id', () => {
    expect(issuesOf(sample(), 'content/forms/pre-move.json').map((i) => i.path)).toEqual(['id']);
  });

  it('refuses date bounds it cannot resolve', () => {
    const def = sample();
    def.sections[1].fields[0].min = 'tomorrow';
    expect(issuesOf(def)[0]?.path).toBe('sections[1].fields[0].min');
  });

  it('prints an issue as file: path: message', () => {
    expect(formatFormIssue({ file: 'a.json', path: 'sections[0].id', message: 'expected x' })).toBe('a.json: sections[0].id: expected x');
  });
});

import { describe, expect, it } from 'vitest';
import opinionJson from '../../../content/forms/opinion.json';
import { parseFormDef, type FormDef } from '../../lib/forms/form-schema';
import { actionableErrors, clampPage, nextPage, previousPage, progressOf, reviewPage, visibleSections } from './runner-steps';

const parsed = parseFormDef(opinionJson, 'opinion.json');
if (!parsed.ok) throw new Error('opinion.json does not parse');
const def: FormDef = parsed.value;

describe('runner pages', () => {
  it('one page per section, then review', () => {
    expect(visibleSections(def, {})).toEqual([0, 1, 2]);
    expect(progressOf(def, {}, 0)).toEqual({ current: 1, total: 4 });
    expect(progressOf(def, {}, reviewPage(def))).toEqual({ current: 4, total: 4 });
    expect(nextPage(def, {}, 2)).toBe(reviewPage(def));
    expect(previousPage(def, {}, 0)).toBeUndefined();
    expect(previousPage(def, {}, reviewPage(def))).toBe(2);
  });

  it('a stored page that no longer exists falls back to a page that does', () => {
    expect(clampPage(def, {}, 99)).toBe(reviewPage(def));
    expect(clampPage(def, {}, -1)).toBe(0);
    expect(clampPage(def, {}, 1.5)).toBe(0);
  });

  it('on a kiosk a file field can never block the form', () => {
    const errors = new Map([['photo', { code: 'required' as const }], ['subject', { code: 'required' as const }]]);
    const withFile = { ...def, sections: [{ ...def.sections[0]!, fields: [...def.sections[0]!.fields, { id: 'photo', type: 'file' as const, label: def.title, required: true, accept: ['image/jpeg'], maxBytes: 10 }] }] };
    expect([...actionableErrors(withFile, errors, true).keys()]).toEqual(['subject']);
    expect([...actionableErrors(withFile, errors, false).keys()]).toEqual(['photo', 'subject']);
  });
});

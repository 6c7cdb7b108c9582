import { describe, expect, it } from 'vitest';
import type { FormDef } from '../../lib/forms/form-schema';
import { startingAnswers } from './starting-answers';

const L = (ja: string) => ({ ja, 'ja-easy': ja, en: ja, 'zh-Hans': ja, ko: ja, vi: ja });
const form = (fields: FormDef['sections'][number]['fields']): FormDef =>
  ({ id: 'f', version: 1, title: L('f'), department: { id: 'd', name: L('d') }, keyId: 'k', retentionDays: 1, kioskAllowed: true, sections: [{ id: 's', title: L('s'), fields }] }) as unknown as FormDef;

describe('a fresh form', () => {
  it('starts a required stepped count at its smallest value', () => {
    expect(startingAnswers(form([{ id: 'count', type: 'number', label: L('点数'), required: true, min: 1, max: 10, step: 1 }]))).toEqual({ count: '1' });
  });
  it('leaves everything else empty: optional, from 0, too long to step, hidden behind a choice, other types', () => {
    expect(startingAnswers(form([
      { id: 'optional', type: 'number', label: L('a'), required: false, min: 1, max: 10 },
      { id: 'zero', type: 'number', label: L('b'), required: true, min: 0, max: 10 },
      { id: 'price', type: 'number', label: L('c'), required: true, min: 1, max: 100000 },
      { id: 'hidden', type: 'number', label: L('d'), required: true, min: 1, max: 10, visibleWhen: { field: 'x', equals: 'y' } },
      { id: 'text', type: 'text', label: L('e'), required: true },
    ] as FormDef['sections'][number]['fields']))).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { hazards } from '../../../../contract/hazards';
import en from '../../../locales/en/staff.json';
import ja from '../../../locales/ja/staff.json';
import { staffLanguage } from './staff-text';
import { staffText } from '../test/render-staff';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') return out.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}
// English has plural forms (done_one, done_other) where Japanese has one string.
const base = (key: string) => key.replace(/_(one|other)$/, '');
const variables = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe('staff console strings', () => {
  it('has every Japanese string in English with the same placeholders', () => {
    const reference = flatten(ja);
    const english = flatten(en);
    expect([...new Set([...english.keys()].map(base))].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of english) expect(variables(text), `en ${key}`).toEqual(variables(reference.get(base(key)) ?? ''));
  });

  it('names every hazard a notice may carry, in both languages', () => {
    for (const strings of [ja, en]) expect(Object.keys(strings.notices.hazards).sort()).toEqual([...hazards].sort());
  });

  it('is Japanese for every language but English', () => {
    expect(staffLanguage('en')).toBe('en');
    for (const code of ['ja', 'ja-easy', 'ko', 'vi', 'zh-Hans', 'pt'] as const) expect(staffLanguage(code)).toBe('ja');
  });

  it('counts in both languages', async () => {
    expect((await staffText('ja')).t('export.done', { count: 3 })).toBe('3 件を書き出しました。');
    expect((await staffText('en')).t('export.done', { count: 1 })).toBe('Exported 1 submission.');
    expect((await staffText('en')).t('export.done', { count: 3 })).toBe('Exported 3 submissions.');
  });
});

import { describe, expect, it } from 'vitest';
import en from '../../locales/en/forms.json';
import jaEasy from '../../locales/ja-easy/forms.json';
import ja from '../../locales/ja/forms.json';
import { fieldErrorCodes } from './field-error';
import { qrRefusalReasons } from '../../../contract/qr/qr-payload';

const locales = { ja, 'ja-easy': jaEasy, en } as const;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') return out.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('forms strings', () => {
  it('explains every validation error and every refused QR code in each language', () => {
    for (const [lang, strings] of Object.entries(locales)) {
      const keys = flatten(strings);
      for (const code of fieldErrorCodes) expect(keys.get(`errors.${code}`), `${lang} errors.${code}`).toBeTruthy();
      for (const reason of qrRefusalReasons) expect(keys.get(`qr.refused.${reason}`), `${lang} qr.refused.${reason}`).toBeTruthy();
    }
  });

  it('has the same keys and placeholders in every language', () => {
    const reference = flatten(ja);
    for (const [lang, strings] of Object.entries(locales)) {
      const keys = flatten(strings);
      expect([...keys.keys()].sort(), lang).toEqual([...reference.keys()].sort());
      for (const [key, text] of keys) expect(variables(text), `${lang} ${key}`).toEqual(variables(reference.get(key) ?? ''));
    }
  });

  it('names the parameters the validator sends', () => {
    const errors = flatten(ja);
    expect(variables(errors.get('errors.too-long') ?? '')).toEqual(['max']);
    expect(variables(errors.get('errors.number-range') ?? '')).toEqual(['max', 'min']);
    expect(variables(errors.get('errors.file-too-large') ?? '')).toEqual(['maxMegabytes']);
    expect(variables(errors.get('errors.file-type') ?? '')).toEqual(['accept']);
  });
});

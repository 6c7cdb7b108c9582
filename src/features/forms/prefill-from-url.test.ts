import { describe, expect, it } from 'vitest';
import shelterJson from '../../../content/forms/shelter-issue.json';
import { parseFormDef, type FormDef } from '../../lib/forms/form-schema';
import { textToBase64Url } from '../../lib/forms/base64url';
import { prefillFromUrl } from './prefill-from-url';

const parsed = parseFormDef(shelterJson, 'shelter-issue.json');
if (!parsed.ok) throw new Error('shelter-issue.json does not parse');
const def: FormDef = parsed.value;
const origin = 'https://madoguchi.example.jp';
const link = (prefill: object) => `${origin}/f/shelter-issue?prefill=${textToBase64Url(JSON.stringify(prefill))}`;

describe('prefill from the address a QR code opened', () => {
  it('no query: nothing to fill, nothing refused', () => {
    expect(prefillFromUrl(`${origin}/f/shelter-issue#main`, origin, def)).toEqual({ answers: {}, filled: false });
  });

  it('fills prefillable fields', () => {
    expect(prefillFromUrl(link({ shelterName: '平第一小学校' }), origin, def)).toEqual({ answers: { shelterName: '平第一小学校' }, filled: true });
  });

  it('refuses a field that is not prefillable, and another origin', () => {
    expect(prefillFromUrl(link({ name: '誰か' }), origin, def)).toEqual({ refused: 'bad-prefill' });
    expect(prefillFromUrl(link({ shelterName: 'x' }), 'https://other.example.jp', def)).toEqual({ refused: 'other-origin' });
  });
});

import { describe, expect, it } from 'vitest';
import shelterJson from '../../../content/forms/shelter-issue.json';
import { parseFormDef, type FormDef } from '../../lib/forms/form-schema';
import { bytesToBase64Url, textToBase64Url } from '../../../contract/qr/base64url';
import { createFormQrUrl } from '../../../contract/qr/qr-signature';
import { prefillFromUrl } from './prefill-from-url';

const parsed = parseFormDef(shelterJson, 'shelter-issue.json');
if (!parsed.ok) throw new Error('shelter-issue.json does not parse');
const def: FormDef = parsed.value;
const origin = 'https://madoguchi.example.jp';
const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
const cityKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
const signed = (prefill: Record<string, string>) => createFormQrUrl(origin, 'shelter-issue', prefill, pair.privateKey);
const unsigned = (prefill: object) => `${origin}/f/shelter-issue?prefill=${textToBase64Url(JSON.stringify(prefill))}`;

describe('prefill from the address a QR code opened', () => {
  it('no query: nothing to fill, nothing refused', async () => {
    expect(await prefillFromUrl(`${origin}/f/shelter-issue#main`, origin, def, cityKey)).toEqual({ answers: {}, filled: false });
  });

  it('fills prefillable fields of a code the city signed', async () => {
    expect(await prefillFromUrl(await signed({ shelterName: '平第一小学校' }), origin, def, cityKey)).toEqual({ answers: { shelterName: '平第一小学校' }, filled: true });
  });

  it('refuses a field that is not prefillable, and another origin', async () => {
    expect(await prefillFromUrl(await signed({ name: '誰か' }), origin, def, cityKey)).toEqual({ refused: 'bad-prefill' });
    expect(await prefillFromUrl(await signed({ shelterName: 'x' }), 'https://other.example.jp', def, cityKey)).toEqual({ refused: 'other-origin' });
  });

  it('refuses a code whose signature is 64 random bytes, and fills nothing', async () => {
    const forged = `${unsigned({ shelterName: '閉鎖されました' })}&sig=${bytesToBase64Url(crypto.getRandomValues(new Uint8Array(64)))}`;
    expect(await prefillFromUrl(forged, origin, def, cityKey)).toEqual({ refused: 'bad-signature' });
  });

  it('refuses an unsigned code that fills in answers', async () => {
    expect(await prefillFromUrl(unsigned({ shelterName: '平第一小学校' }), origin, def, cityKey)).toEqual({ refused: 'bad-signature' });
  });

  it('refuses a signed code when the pack carries no city key to check it with', async () => {
    expect(await prefillFromUrl(await signed({ shelterName: '平第一小学校' }), origin, def, undefined)).toEqual({ refused: 'bad-signature' });
  });
});

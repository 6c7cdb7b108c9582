import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '../../../contract/qr/base64url';
import { createFormQrUrl, verifyFormQr } from '../../../contract/qr/qr-signature';
import { realForms } from './test/real-forms';

const origin = 'https://madoguchi.example.jp';

async function cityKey() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return { privateKey: pair.privateKey, publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
}

describe('signed QR codes', () => {
  it('verifies a link the city signed and says so', async () => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'shelter-issue', { shelterName: '平第一小学校' }, privateKey);
    expect(await verifyFormQr(url, origin, realForms, publicJwk)).toEqual({
      ok: true, formId: 'shelter-issue', prefill: { shelterName: '平第一小学校' }, signature: 'valid',
    });
  });

  it('verifies a signed link without prefill', async () => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'opinion', {}, privateKey);
    expect(url).toMatch(/^https:\/\/madoguchi\.example\.jp\/f\/opinion\?sig=[\w-]{86}$/);
    expect(await verifyFormQr(url, origin, realForms, publicJwk)).toMatchObject({ ok: true, signature: 'valid' });
  });

  it('refuses a sticker that changed the prefill under the same signature', async () => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'shelter-issue', { shelterName: '平第一小学校' }, privateKey);
    const sig = url.slice(url.indexOf('&sig='));
    const forged = `${origin}/f/shelter-issue?prefill=${textToBase64Url(JSON.stringify({ shelterName: '閉鎖されました' }))}${sig}`;
    expect(await verifyFormQr(forged, origin, realForms, publicJwk)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signature moved to another form', async () => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'opinion', {}, privateKey);
    const moved = url.replace('/f/opinion', '/f/library-card');
    expect(await verifyFormQr(moved, origin, realForms, publicJwk)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a link signed with another key', async () => {
    const city = await cityKey();
    const other = await cityKey();
    const url = await createFormQrUrl(origin, 'opinion', {}, other.privateKey);
    expect(await verifyFormQr(url, origin, realForms, city.publicJwk)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('treats a broken public key as a refusal, not a crash', async () => {
    const { privateKey } = await cityKey();
    const url = await createFormQrUrl(origin, 'opinion', {}, privateKey);
    expect(await verifyFormQr(url, origin, realForms, { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('accepts an unsigned link unless signatures are required', async () => {
    const { publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'opinion');
    expect(await verifyFormQr(url, origin, realForms, publicJwk)).toMatchObject({ ok: true, signature: 'none' });
    expect(await verifyFormQr(url, origin, realForms, publicJwk, { requireSignature: true })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses an unsafe link before looking at its signature', async () => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl('https://evil.example', 'opinion', {}, privateKey);
    expect(await verifyFormQr(url, origin, realForms, publicJwk)).toEqual({ ok: false, reason: 'other-origin' });
  });
});

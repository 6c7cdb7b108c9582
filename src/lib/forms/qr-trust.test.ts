import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '../../../contract/qr/base64url';
import { formRuleIssues } from './form-rules';
import { prefillAnswers } from './prefill';
import { verifyFormQr } from '../../../contract/qr/qr-signature';
import { createFormQrUrl } from '../../../contract/qr/qr-signature';
import { testForm } from './test/form-fixture';

/**
 * What a paper notice's QR code may and may not do, whoever printed it: a code with a
 * made-up signature, an unsigned code that fills in answers, and a signed code that fills
 * in personal data are all refused.
 */
const origin = 'https://madoguchi.example.jp';

async function cityKey() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return { privateKey: pair.privateKey, publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
}

/** A form as an older or careless pack might carry it: personal fields marked prefillable. */
const personalForm = testForm([
  { id: 'place', type: 'text', required: false, maxLength: 50, prefillable: true },
  { id: 'phone', type: 'phone', required: false, prefillable: true },
  { id: 'email', type: 'email', required: false, prefillable: true },
  { id: 'address', type: 'address', required: false, prefillable: true },
  { id: 'postalCode', type: 'postal-code', required: false, prefillable: true },
  { id: 'name', type: 'person-name', required: false, prefillable: true },
  { id: 'birthDate', type: 'date', required: false, prefillable: true },
]);
personalForm.id = 'personal';
const personalPrefills = {
  phone: '0246-22-1111', email: 'someone@example.jp', address: 'いわき市平1-1', postalCode: '970-8686', name: '磐城 太郎', birthDate: '1985-04-01',
};

describe('a QR code cannot speak for the city', () => {
  it('a code with 64 random bytes as its signature is refused', async () => {
    const { publicJwk } = await cityKey();
    const sig = textToBase64Url('x'.repeat(64));
    const forged = `${origin}/f/personal?prefill=${textToBase64Url(JSON.stringify({ place: '平駅' }))}&sig=${sig}`;
    expect(await verifyFormQr(forged, origin, [personalForm], publicJwk)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('an unsigned code that fills in answers is refused', async () => {
    const { publicJwk } = await cityKey();
    const unsigned = await createFormQrUrl(origin, 'personal', { place: '平駅' });
    expect(await verifyFormQr(unsigned, origin, [personalForm], publicJwk)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('an unsigned code that only opens a form still opens it', async () => {
    const { publicJwk } = await cityKey();
    expect(await verifyFormQr(`${origin}/f/personal`, origin, [personalForm], publicJwk)).toMatchObject({ ok: true, signature: 'none', prefill: {} });
  });

  it('a signed code cannot be checked without the city key, so it is refused', async () => {
    const { privateKey } = await cityKey();
    const url = await createFormQrUrl(origin, 'personal', { place: '平駅' }, privateKey);
    expect(await verifyFormQr(url, origin, [personalForm], undefined)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('a code the city signed is accepted with its prefill', async () => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'personal', { place: '平駅' }, privateKey);
    expect(await verifyFormQr(url, origin, [personalForm], publicJwk)).toEqual({ ok: true, formId: 'personal', prefill: { place: '平駅' }, signature: 'valid' });
  });

  it.each(Object.entries(personalPrefills))('a signed code that fills in %s is refused', async (field, value) => {
    const { privateKey, publicJwk } = await cityKey();
    const url = await createFormQrUrl(origin, 'personal', { [field]: value }, privateKey);
    expect(await verifyFormQr(url, origin, [personalForm], publicJwk)).toEqual({ ok: false, reason: 'bad-prefill' });
  });
});

describe('personal fields are never prefilled', () => {
  it('the answers from a prefill leave every personal field empty, whatever the definition says', () => {
    expect(prefillAnswers(personalForm, { place: '平駅', ...personalPrefills })).toEqual({ place: '平駅' });
  });

  it('a form definition may not mark a personal field prefillable', () => {
    expect(formRuleIssues(personalForm).map((i) => i.path)).toEqual([1, 2, 3, 4, 5, 6].map((f) => `sections[0].fields[${f}].prefillable`));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url, textToBase64Url } from '../../../contract/qr/base64url';
import type { FormQrResult } from '../../../contract/qr/qr-payload';
import { createFormQrUrl, verifyFormQr } from '../../../contract/qr/qr-signature';
import { testForm } from './test/form-fixture';
import { realForms } from './test/real-forms';

/**
 * Property-based fuzz of the one gate a notice's QR code goes through (parse + signature).
 * "Wrongly accepted" means: a code opens a form filling in words the city did not sign,
 * fills in a personal field, or points anywhere but this site's /f/<form>. `npm test` runs
 * a few thousand cases; the reliability run (`npm run fuzz:qr`) runs QR_FUZZ_RUNS (100,000).
 */
// The app's tsconfig has no Node types; vitest runs in Node all the same.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const runs = Number(env.QR_FUZZ_RUNS ?? 2000);
/** Generous: a busy machine verifies a few thousand signatures a second. */
const timeout = 30_000 + runs * 3;
const origin = 'https://madoguchi.example.jp';

const personal = testForm([
  { id: 'place', type: 'text', required: false, maxLength: 200, prefillable: true },
  { id: 'phone', type: 'phone', required: false, prefillable: true },
  { id: 'address', type: 'address', required: false, prefillable: true },
  { id: 'name', type: 'person-name', required: false, prefillable: true },
  { id: 'birthDate', type: 'date', required: false, prefillable: true },
]);
personal.id = 'personal';
const forms = [...realForms, personal];
const personalIds = new Set(['phone', 'address', 'name', 'birthDate']);

const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
const cityKey = await crypto.subtle.exportKey('jwk', pair.publicKey);

/** Prefills the city might sign: the prefillable text fields of the real forms and the fixture. */
const signedPrefill = fc.oneof(
  fc.record({ lightNumber: fc.string({ minLength: 1, maxLength: 40 }) }).map((prefill) => ({ formId: 'road-light-report', prefill })),
  fc.record({ shelterName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) }).map((prefill) => ({ formId: 'shelter-issue', prefill })),
  fc.record({ place: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) }).map((prefill) => ({ formId: 'personal', prefill })),
  fc.constant({ formId: 'opinion', prefill: {} }),
).filter(({ prefill }) => Object.values(prefill).every((v) => v.trim() !== '' && !/[\p{Cc}\p{Cf}]/u.test(v)));

/** A careless template the city might sign by mistake: personal data, which no device may fill in even so. */
const signedPersonal = fc.record({ phone: fc.constant('0246-22-1111'), place: fc.constant('平駅') }).map((prefill) => ({ formId: 'personal', prefill }));

/** Signed once per run of cases: ECDSA signing is the slow part, verifying is what is fuzzed. */
const signedUrls = await Promise.all(
  [...fc.sample(signedPrefill, { numRuns: 40, seed: 42 }), ...fc.sample(signedPersonal, { numRuns: 2, seed: 42 })]
    .map(async (s) => ({ ...s, url: await createFormQrUrl(origin, s.formId, s.prefill, pair.privateKey) })),
);

/** Edits a sticker printer could make to a genuine code's text. */
const tampered = fc.record({
  base: fc.constantFrom(...signedUrls),
  edit: fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('prefill' as const), prefill: fc.dictionary(fc.constantFrom('lightNumber', 'shelterName', 'place', 'phone', 'name', 'address', 'details'), fc.string({ minLength: 1, maxLength: 20 })) }),
    fc.record({ kind: fc.constant('sig' as const), bytes: fc.uint8Array({ minLength: 64, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('swap-sig' as const), other: fc.constantFrom(...signedUrls) }),
    fc.constant({ kind: 'strip-sig' as const }),
    fc.constant({ kind: 'as-signed' as const }),
  ),
}).map(({ base, edit }) => {
  const text = base.url;
  const at = 'at' in edit ? edit.at % (text.length + 1) : 0;
  switch (edit.kind) {
    case 'replace': return { base, text: text.slice(0, at) + edit.char + text.slice(at + 1) };
    case 'insert': return { base, text: text.slice(0, at) + edit.text + text.slice(at) };
    case 'delete': return { base, text: text.slice(0, at) + text.slice(at + edit.length) };
    case 'prefill': return { base, text: `${origin}/f/${base.formId}?prefill=${textToBase64Url(JSON.stringify(edit.prefill))}${/&?sig=[\w-]+$/.exec(text)?.[0].replace(/^sig/, '&sig') ?? ''}` };
    case 'sig': return { base, text: text.replace(/sig=[\w-]+$/, `sig=${bytesToBase64Url(edit.bytes)}`) };
    case 'swap-sig': return { base, text: text.replace(/sig=[\w-]+$/, /sig=[\w-]+$/.exec(edit.other.url)?.[0] ?? '') };
    case 'strip-sig': return { base, text: text.replace(/[?&]sig=[\w-]+$/, '') };
    case 'as-signed': return { base, text };
  }
});

/** Anything at all a camera might read, including near-misses of our own links. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom(`${origin}/f/`, 'HTTPS://MADOGUCHI.EXAMPLE.JP/f/', `${origin}@evil.example/f/`, 'http://madoguchi.example.jp/f/'),
    fc.constantFrom(...forms.map((f) => f.id), '..', 'opinion/..', 'OPINION'),
    fc.string({ maxLength: 120 })).map(([a, b, c]) => a + b + c),
);

const tally = { cases: 0, accepted: 0, refused: 0, wronglyAccepted: [] as string[] };

/** The one rule every accepted code obeys, whatever was fed in. */
function checkAccepted(text: string, result: FormQrResult, signed?: { formId: string; prefill: Record<string, string> }): void {
  tally.cases += 1;
  if (!result.ok) {
    tally.refused += 1;
    return;
  }
  tally.accepted += 1;
  const filled = Object.keys(result.prefill);
  const wrong =
    filled.some((k) => personalIds.has(k)) ||
    (filled.length > 0 && result.signature !== 'valid') ||
    (result.signature === 'valid' && (!signed || signed.formId !== result.formId || JSON.stringify(signed.prefill) !== JSON.stringify(result.prefill))) ||
    !/^https:\/\/madoguchi\.example\.jp\/f\//i.test(text);
  if (wrong) tally.wronglyAccepted.push(text);
}

describe(`fuzzing the QR gate (${runs} cases per property)`, () => {
  it('a tampered genuine code never opens with words the city did not sign', async () => {
    const before = tally.wronglyAccepted.length;
    await fc.assert(fc.asyncProperty(tampered, async ({ base, text }) => {
      checkAccepted(text, await verifyFormQr(text, origin, forms, cityKey), base);
    }), { numRuns: runs });
    expect(tally.wronglyAccepted.slice(before)).toEqual([]);
  }, timeout);

  it('no text at all opens a form with answers filled in, or anything but one of our forms', async () => {
    const before = tally.wronglyAccepted.length;
    await fc.assert(fc.asyncProperty(anyText, async (text) => {
      checkAccepted(text, await verifyFormQr(text, origin, forms, cityKey));
    }), { numRuns: runs });
    expect(tally.wronglyAccepted.slice(before)).toEqual([]);
  }, timeout);

  it('every code the city signs opens with exactly its words', async () => {
    await fc.assert(fc.asyncProperty(signedPrefill, async ({ formId, prefill }) => {
      const url = await createFormQrUrl(origin, formId, prefill, pair.privateKey);
      const result = await verifyFormQr(url, origin, forms, cityKey);
      if (url.length <= 1024) expect(result).toEqual({ ok: true, formId, prefill, signature: 'valid' });
    }), { numRuns: Math.min(runs, 2000) });
    // The figures for the reliability table.
    console.info(`QR fuzz: ${tally.cases} cases, ${tally.accepted} accepted, ${tally.refused} refused, ${tally.wronglyAccepted.length} wrongly accepted`);
  }, timeout);
});

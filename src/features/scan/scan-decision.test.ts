import { describe, expect, it } from 'vitest';
import { bytesToBase64Url, textToBase64Url } from '../../../contract/qr/base64url';
import { createFormQrUrl } from '../../../contract/qr/qr-signature';
import { realForms } from '../../lib/forms/test/real-forms';
import { decideScan, manualEntryText } from './scan-decision';

const origin = 'https://madoguchi.example.jp';
const prefill = textToBase64Url(JSON.stringify({ lightNumber: 'IW-12345' }));
const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
const cityKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
const decide = (text: string) => decideScan(text, origin, realForms, cityKey);

describe('what a scanned code does', () => {
  it('opens the form it names, as a route of the app', async () => {
    expect(await decide(`${origin}/f/opinion`)).toEqual({ action: 'open', href: '/f/opinion' });
    expect(await decide(`${origin}/f/opinion?`)).toEqual({ action: 'open', href: '/f/opinion' });
  });

  it('keeps the prefill and the signature exactly as printed, so the form can check the signature again', async () => {
    const url = await createFormQrUrl(origin, 'road-light-report', { lightNumber: 'IW-12345' }, pair.privateKey);
    expect(await decide(url)).toEqual({ action: 'open', href: url.slice(origin.length) });
  });

  it('refuses a code whose signature is 64 random bytes, and opens nothing', async () => {
    const sig = bytesToBase64Url(crypto.getRandomValues(new Uint8Array(64)));
    expect(await decide(`${origin}/f/road-light-report?prefill=${prefill}&sig=${sig}`)).toEqual({ action: 'refuse', reason: 'bad-signature' });
  });

  it('refuses an unsigned code that fills in answers', async () => {
    expect(await decide(`${origin}/f/road-light-report?prefill=${prefill}`)).toEqual({ action: 'refuse', reason: 'bad-signature' });
  });

  it('opens a link written in capitals on our own host, without the host', async () => {
    expect(await decide('HTTPS://MADOGUCHI.EXAMPLE.JP/f/opinion')).toEqual({ action: 'open', href: '/f/opinion' });
  });

  it.each([
    ['javascript:alert(1)', 'bad-scheme'],
    ['data:text/html,<script>alert(1)</script>', 'bad-scheme'],
    ['https://evil.example/f/opinion', 'other-origin'],
    [`https://madoguchi.example.jp@evil.example/f/opinion`, 'other-origin'],
    [`${origin}/f/tax-refund`, 'unknown-form'],
    [`${origin}/guides/juminhyo-copy`, 'not-a-url'],
    ['いわき市役所', 'not-a-url'],
  ])('refuses %s (%s) and opens nothing', async (text, reason) => {
    expect(await decide(text)).toEqual({ action: 'refuse', reason });
  });
});

describe('what a typed address stands for', () => {
  it('drops the spaces around a pasted address', () => {
    expect(manualEntryText(`  ${origin}/f/opinion\n`, origin)).toBe(`${origin}/f/opinion`);
  });

  it('reads a form name alone as that form on this site', async () => {
    expect(manualEntryText('road-light-report', origin)).toBe(`${origin}/f/road-light-report`);
    expect(await decide(manualEntryText('road-light-report', origin))).toEqual({ action: 'open', href: '/f/road-light-report' });
  });

  it('leaves everything else to the same checks as a scanned code', async () => {
    expect(manualEntryText('data:text/html,x', origin)).toBe('data:text/html,x');
    expect(await decide(manualEntryText('data:text/html,x', origin))).toEqual({ action: 'refuse', reason: 'bad-scheme' });
    expect(await decide(manualEntryText('no-such-form', origin))).toEqual({ action: 'refuse', reason: 'unknown-form' });
    expect(await decide(manualEntryText('Road Light', origin))).toEqual({ action: 'refuse', reason: 'not-a-url' });
  });
});

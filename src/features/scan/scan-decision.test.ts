import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '../../lib/forms/base64url';
import { realForms } from '../../lib/forms/test/real-forms';
import { decideScan, manualEntryText } from './scan-decision';

const origin = 'https://madoguchi.example.jp';
const prefill = textToBase64Url(JSON.stringify({ lightNumber: 'IW-12345' }));
const decide = (text: string) => decideScan(text, origin, realForms);

describe('what a scanned code does', () => {
  it('opens the form it names, as a route of the app', () => {
    expect(decide(`${origin}/f/opinion`)).toEqual({ action: 'open', href: '/f/opinion' });
    expect(decide(`${origin}/f/opinion?`)).toEqual({ action: 'open', href: '/f/opinion' });
  });

  it('keeps the prefill and the signature exactly as printed, so the form can check the signature', () => {
    const sig = `${'A'.repeat(85)}w`;
    expect(decide(`${origin}/f/road-light-report?prefill=${prefill}&sig=${sig}`)).toEqual({
      action: 'open', href: `/f/road-light-report?prefill=${prefill}&sig=${sig}`,
    });
  });

  it('opens a link written in capitals on our own host, without the host', () => {
    expect(decide('HTTPS://MADOGUCHI.EXAMPLE.JP/f/opinion')).toEqual({ action: 'open', href: '/f/opinion' });
  });

  it.each([
    ['javascript:alert(1)', 'bad-scheme'],
    ['data:text/html,<script>alert(1)</script>', 'bad-scheme'],
    ['https://evil.example/f/opinion', 'other-origin'],
    [`https://madoguchi.example.jp@evil.example/f/opinion`, 'other-origin'],
    [`${origin}/f/tax-refund`, 'unknown-form'],
    [`${origin}/guides/juminhyo-copy`, 'not-a-url'],
    ['いわき市役所', 'not-a-url'],
  ])('refuses %s (%s) and opens nothing', (text, reason) => {
    expect(decide(text)).toEqual({ action: 'refuse', reason });
  });
});

describe('what a typed address stands for', () => {
  it('drops the spaces around a pasted address', () => {
    expect(manualEntryText(`  ${origin}/f/opinion\n`, origin)).toBe(`${origin}/f/opinion`);
  });

  it('reads a form name alone as that form on this site', () => {
    expect(manualEntryText('road-light-report', origin)).toBe(`${origin}/f/road-light-report`);
    expect(decide(manualEntryText('road-light-report', origin))).toEqual({ action: 'open', href: '/f/road-light-report' });
  });

  it('leaves everything else to the same checks as a scanned code', () => {
    expect(manualEntryText('data:text/html,x', origin)).toBe('data:text/html,x');
    expect(decide(manualEntryText('data:text/html,x', origin))).toEqual({ action: 'refuse', reason: 'bad-scheme' });
    expect(decide(manualEntryText('no-such-form', origin))).toEqual({ action: 'refuse', reason: 'unknown-form' });
    expect(decide(manualEntryText('Road Light', origin))).toEqual({ action: 'refuse', reason: 'not-a-url' });
  });
});

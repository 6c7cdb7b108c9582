import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import forms from '../src/locales/ja/forms.json';
import { bytesToBase64Url, textToBase64Url } from '../contract/qr/base64url';
import { createFormQrUrl } from '../contract/qr/qr-signature';
import { loadQrSigningKey } from '../server/src/lib/qr-signing-key';
import { baseURL, launchBrowser, newContext } from './support/browser';

/**
 * A notice's QR code opened as a link, the way a phone's own camera app opens it: the
 * form checks the signature against the city's QR key in the signed pack (the build's key
 * on this machine), so a forged or unsigned code fills in nothing and says why.
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const refused = forms.qr.refused['bad-signature'];
const prefill = (words: string) => `prefill=${textToBase64Url(JSON.stringify({ shelterName: words }))}`;

/** The shelter form at `url`, once the pack (downloaded on first start) has it. */
async function open(url: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/forms');
  await page.locator('a.form-link[href="/f/shelter-issue"]').waitFor({ timeout: 30_000 });
  await page.goto(url);
  await page.locator('.runner .field').first().waitFor({ timeout: 20_000 });
  return page;
}
const shelterName = (page: Page) => page.getByLabel(/避難所の名前/).inputValue();

describe('a QR link opened in the browser', () => {
  it('a code the city signed fills in its words', async () => {
    const key = await loadQrSigningKey();
    if (!key) throw new Error('no QR signing key: `npm run build` makes one');
    const page = await open(await createFormQrUrl(baseURL(), 'shelter-issue', { shelterName: '平第一小学校' }, key.privateKey));
    expect(await shelterName(page)).toBe('平第一小学校');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('a forged code (64 random bytes as its signature) is refused with the refusal message and fills in nothing', async () => {
    const sig = bytesToBase64Url(crypto.getRandomValues(new Uint8Array(64)));
    const page = await open(`${baseURL()}/f/shelter-issue?${prefill('この避難所は閉鎖されました')}&sig=${sig}`);
    await page.getByRole('alert').filter({ hasText: refused }).waitFor();
    expect(await shelterName(page)).toBe('');
    await page.context().close();
  });

  it('an unsigned code that fills in words is refused the same way', async () => {
    const page = await open(`${baseURL()}/f/shelter-issue?${prefill('この避難所は閉鎖されました')}`);
    await page.getByRole('alert').filter({ hasText: refused }).waitFor();
    expect(await shelterName(page)).toBe('');
    await page.context().close();
  });
});

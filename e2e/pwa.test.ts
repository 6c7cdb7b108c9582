import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser, launchPersistent, newContext, openControlled } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('installable PWA', () => {
  it('Chromium finds no installability errors and the service worker controls the page', async () => {
    // Installability is never reported for incognito contexts: use a real profile.
    const { context, cleanup } = await launchPersistent();
    const page = await context.newPage();
    await page.goto(baseURL());
    await openControlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data ?? '{}') as { display: string; lang: string; icons: Array<{ purpose?: string }> };
    expect(parsed.display).toBe('fullscreen');
    expect(parsed.lang).toBe('ja');
    expect(parsed.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    await cleanup();
  });

  it('serves hashed assets as immutable and the service worker and HTML as no-cache, with a strict CSP', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/');
    const headers = response!.headers();
    expect(headers['cache-control']).toContain('no-cache');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    const script = await page.locator('script[type="module"]').getAttribute('src');
    const asset = await context.request.get(script!);
    expect(asset.headers()['cache-control']).toContain('immutable');
    const sw = await context.request.get('/sw.js');
    expect(sw.headers()['cache-control']).toContain('no-cache');
    await context.close();
  });

  it('follows the browser language on a first visit and remembers the choice on a phone', async () => {
    const context = await newContext(browser, { locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('h1', { hasText: 'How can we help you?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto('/language');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.locator('.home__tiles').waitFor();
    await page.reload();
    await page.locator('.home__tiles').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, openControlled, screenTitle } from './support/browser';
import { screens } from './screens';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('offline', () => {
  it('after one online visit, the app reloads and every screen opens with the network gone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openControlled(page);
    // Every screen, with its namespaces and the font: the phone's second precache stage too.
    await page.locator('.offline-ready[data-offline-ready="complete"]').waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    await page.reload();
    expect(await screenTitle(page)).toBe('ご用件を選んでください');
    for (const screen of screens) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 10_000 });
    }
    // In-app navigation by touch, too: home → settings through the tile.
    await page.goto('/');
    await page.getByRole('link', { name: /見やすさの設定/ }).click();
    expect(await screenTitle(page)).toBe('設定');
    // Debian's Chromium 150 reports navigator.onLine true in a document loaded through the
    // service worker while the context is emulated offline (a plain page reports false), so
    // the badge is checked as the network drops under an open screen: the 'offline' event.
    await context.setOffline(false);
    await context.setOffline(true);
    expect(await page.locator('.app-header__offline').textContent()).toContain('オフライン');
    await context.close();
  });

  it('a deep link opened for the first time while offline gets the shell from the service worker', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openControlled(page);
    await context.setOffline(true);
    await page.goto('/language');
    expect(await screenTitle(page)).toBe('言語を選んでください');
    await context.close();
  });
});

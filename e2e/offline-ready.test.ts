import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';
import { screens } from './screens';
import { firstStageLanguages, precacheStage } from '../src/sw/precache-stages';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const status = (page: Page) => page.locator('.offline-ready');

describe('a phone ready offline in two stages', () => {
  it('says it is ready offline once the first stage is stored: the disaster screens work offline before the rest, and every screen once the rest is stored', async () => {
    const context = await newContext(browser);
    // The second stage (the font, other languages and namespaces, the QR decoder) is held
    // back until released, so the first part of the test sees a phone with the first stage only.
    let secondStageHeld = true;
    const held: string[] = [];
    const languages = firstStageLanguages('ja');
    await context.route('**/*', async (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      if (secondStageHeld && precacheStage(path, languages) === 2 && path.startsWith('assets/')) {
        held.push(path);
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('.offline-ready[data-offline-ready="ready"]').waitFor({ timeout: 60_000 });
    expect(await status(page).textContent()).toBe('オフラインでも使えます（災害の情報と画面）。');
    expect(held.length, 'the service worker asked for second-stage files (and got none)').toBeGreaterThan(0);

    await context.setOffline(true);
    for (const screen of [
      { path: '/disaster?hazard=tsunami', ready: '.site-card' },
      { path: '/disaster/sites/07204400027?hazard=tsunami', ready: '.site-print' },
      { path: '/disaster/medical', ready: '.place-card' },
      { path: '/guides/tsunami-evacuation', ready: '.guide__body' },
    ]) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 10_000 });
    }
    // Still only the first stage: the status says so.
    expect(await status(page).getAttribute('data-offline-ready')).toBe('ready');

    // The network returns and the held files with it: the phone stores the rest by itself.
    secondStageHeld = false;
    await context.setOffline(false);
    await page.locator('.offline-ready[data-offline-ready="complete"]').waitFor({ timeout: 60_000 });
    expect(await status(page).textContent()).toBe('オフラインでもすべての画面を使えます。');

    await context.setOffline(true);
    for (const screen of screens) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 10_000 });
    }
    // The second stage really is stored: a language outside the first stage comes from the cache.
    await page.goto('/language');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.locator('h1', { hasText: 'Bạn cần làm gì?' }).waitFor({ timeout: 10_000 });
    await context.close();
  });
});

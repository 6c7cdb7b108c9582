import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser, viewports } from './support/browser';
import { databaseName } from '../src/db/database-name';

/**
 * A phone asks once where "nearest" is measured from and remembers the answer through a
 * reload, so a person opening the app again in an emergency gets their own nearest sites.
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** 平 (Taira), a few hundred metres from City Hall but not at it. */
const taira = { latitude: 37.0600, longitude: 140.9000 };

describe('where distances are measured from, on a phone', () => {
  it('asks once, remembers "my location" across a reload, and says so on screen', async () => {
    const context = await browser.newContext({ baseURL: baseURL(), viewport: viewports.phone, locale: 'ja-JP', geolocation: taira, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto('/disaster?hazard=tsunami');
    await page.locator('.site-card').first().waitFor({ timeout: 60_000 });
    const note = page.locator('.here-note');
    expect(await note.locator('.here-note__text').textContent()).toContain('距離はいわき市役所から測っています。');
    const fromCityHall = await page.locator('.site-card').first().textContent();
    await note.getByRole('button', { name: '現在地から（位置情報を使う）' }).click();
    await note.getByText('距離はあなたの現在地から測っています。').waitFor();
    await page.waitForFunction((first) => document.querySelector('.site-card')?.textContent !== first, fromCityHall);
    const fromHere = await page.locator('.site-card').first().textContent();

    // The choice is written a moment after the tap; wait for it, as a person who closes the app would not notice.
    await page.waitForFunction((name) => new Promise<boolean>((resolve) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => {
        const get = open.result.transaction('settings').objectStore('settings').get('distanceOrigin');
        get.onsuccess = () => { open.result.close(); resolve((get.result as { value?: string } | undefined)?.value === 'device'); };
      };
    }), databaseName);
    await page.reload();
    await note.getByText('距離はあなたの現在地から測っています。').waitFor({ timeout: 60_000 });
    expect(await note.getByRole('group').count()).toBe(0); // not asked again
    await page.waitForFunction((want) => document.querySelector('.site-card')?.textContent === want, fromHere);
    await note.getByRole('button', { name: '市役所からの距離にする' }).waitFor();
    await context.close();
  });
});

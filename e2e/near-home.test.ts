import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { keepScreenshot } from './support/shots';

/**
 * "Near my home": a citizen who is not at home (here: a phone measuring from City Hall)
 * picks their 町名 from the list, by its reading, and gets the tsunami sites nearest to it;
 * or types their postal code.
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const firstCard = (page: Page) => page.locator('.site-card').first();

describe('near my home', () => {
  it('a citizen picks 小名浜 from the 町名 list and gets the tsunami sites nearest to it', async () => {
    const context = await browser.newContext({ baseURL: baseURL(), viewport: viewports.phone, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto('/disaster?hazard=tsunami');
    await firstCard(page).waitFor({ timeout: 60_000 });
    expect(await firstCard(page).textContent()).toContain('平中央公園'); // from City Hall

    await page.getByRole('button', { name: '自宅の近くで探す' }).click();
    await page.getByLabel('町名をさがす（ひらがなでも）').fill('おなはま');
    const towns = page.locator('.home-picker__town');
    // Readings are shown (furigana) and the kana narrowed the list to the 小名浜 towns.
    expect((await towns.allTextContents()).every((name) => name.startsWith('小名浜'))).toBe(true);
    expect(await towns.first().locator('rt').first().textContent()).toBe('おなはま');
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'near-home-town-list');
    // Each name carries its reading (ruby): compare the kanji alone.
    const kanji = (await towns.allTextContents()).map((name) => name.replace(/[ぁ-ん()（）\s]/g, ''));
    expect(kanji).toContain('小名浜花畑町');
    await towns.nth(kanji.indexOf('小名浜')).click();

    await page.locator('.here-note').getByText('小名浜（自宅の近くとして選んだ町）から測っています').waitFor();
    await expect.poll(() => firstCard(page).textContent()).toContain('小名浜第一中学校');
    expect(await firstCard(page).textContent()).toContain('直線距離 1.4 km');
    const cards = await page.locator('.site-card__name').allTextContents();
    expect(cards.slice(0, 3).map((n) => n.replace(/[ぁ-ん]/g, ''))).toEqual(['小名浜第一中学校', '小名浜東小学校', '小名浜第二中学校']);

    // Back to where it was, then the same by postal code.
    await page.getByRole('button', { name: '自宅の近くで探すのをやめる' }).click();
    await expect.poll(() => firstCard(page).textContent()).toContain('平中央公園');
    await page.getByRole('button', { name: '自宅の近くで探す' }).click();
    await page.getByLabel('郵便番号').fill('971-8101');
    await page.getByRole('button', { name: '郵便番号で探す' }).click();
    await expect.poll(() => firstCard(page).textContent()).toContain('小名浜第一中学校');
    await context.close();
  }, 120_000);
});

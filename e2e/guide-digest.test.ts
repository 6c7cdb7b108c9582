import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser, newContext, viewports } from './support/browser';

/**
 * Issue 18 §4, a fallback that helps: a Nepali reader opens a guide that has no Nepali
 * text. Above the Japanese (with furigana) they read its title and summary in Nepali,
 * told so in Nepali, and told the translation is an unchecked draft. At kiosk size.
 */
const digests = JSON.parse(readFileSync(new URL('../content/guide-digests/ne.json', import.meta.url), 'utf8')) as Record<string, { title: string; summary: string }>;

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { viewport: viewports.kioskPortrait, locale: 'ja-JP' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('a guide not translated into the reader\'s language', () => {
  it('shows its Nepali title and summary above the Japanese text with furigana, and says so in Nepali', async () => {
    await page.goto('/language');
    await page.getByRole('button', { name: 'नेपाली' }).click();
    await page.waitForURL(/\/$/);
    await page.goto('/guides/juminhyo-copy');
    const digest = page.locator('.guide-digest');
    await digest.waitFor();
    const expected = digests['juminhyo-copy']!;
    expect(await digest.evaluate((el) => ({
      lang: el.getAttribute('lang'),
      title: el.querySelector('.guide-digest__title')?.textContent,
      summary: el.querySelector('.guide-digest__summary')?.textContent,
      // Before the Japanese text, which is marked Japanese and carries its readings.
      beforeBody: !!(el.compareDocumentPosition(document.querySelector('.guide__body')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      bodyLang: document.querySelector('.guide__body')?.closest('[lang]')?.getAttribute('lang'),
      readings: document.querySelectorAll('.guide__body ruby rt').length,
    }))).toEqual({ lang: 'ne', title: expected.title, summary: expected.summary, beforeBody: true, bodyLang: 'ja', readings: expect.any(Number) });
    expect(await page.locator('.guide__body ruby rt').count()).toBeGreaterThan(0);
    expect(await digest.locator('.notice').textContent()).toContain('जापानी भाषामा मात्र');
    expect(await digest.locator('.guide-digest__draft').textContent()).toContain('मस्यौदा अनुवाद');
  });

  it('a guide with no digest still says it is in Japanese only', async () => {
    await page.goto('/guides/inkan-registration');
    await page.locator('.guide__body').waitFor();
    expect(await page.locator('.guide-digest').count()).toBe(0);
    expect(await page.locator('.notice').first().textContent()).toContain('जापानी भाषामा मात्र');
  });
});

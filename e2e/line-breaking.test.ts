import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';
import { breaksInsideWords } from './support/line-breaks';
import { chooseDisplayModes } from './support/display-modes';

/**
 * Issue 18: Thai, Khmer and Burmese put no spaces between words, so a line may only break
 * where a word ends, as Intl.Segmenter sees it. Chromium's own line breaker breaks inside
 * some words of the Khmer and Burmese guides (…កម្ពស់រ|លក…, …သတိပေး|ချက်…), so guides and
 * forms cut their text into words and keep each word on one line (src/lib/text/word-runs.ts);
 * nor may long sentences scroll sideways. On a 320 px phone, where the home tiles'
 * descriptions and a guide's texts wrap most.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { viewport: { width: 320, height: 640 }, locale: 'ja-JP' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

// The evacuation-sites guide has tables: its narrow cells broke Thai words too. A form's labels and help.
const pages: ReadonlyArray<readonly [string, string]> = [
  ['/', '.home__tiles'], ['/disaster', 'main h1'], ['/guides/tsunami-evacuation', '.guide__body'], ['/guides/evacuation-sites', '.guide__body'],
  ['/f/opinion', '.runner .field'],
];

const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function chooseLanguage(name: string): Promise<void> {
  await page.goto('/language');
  await page.getByRole('button', { name }).click();
  await page.waitForURL(/\/$/);
}

describe('the four newest languages on a 320 px phone', () => {
  // Mongolian is written with spaces; it is here for the sideways-scroll check only.
  for (const [code, name] of [['th', 'ไทย'], ['km', 'ខ្មែរ'], ['my', 'မြန်မာ'], ['mn', 'Монгол хэл']] as const) {
    it(`${code}: lines break only between words, and nothing scrolls sideways`, async () => {
      await chooseLanguage(name);
      for (const [path, ready] of pages) {
        await page.goto(path);
        await page.locator(ready).first().waitFor();
        if (code !== 'mn') expect(await breaksInsideWords(page, 'main', code), path).toEqual([]);
        expect(await sideways(page), path).toBeLessThanOrEqual(0);
      }
    });
  }
});

/**
 * A word kept whole cannot wrap: at 200 % text on a phone, a long one (or a run of Latin
 * letters and digits such as the pack version in the footer) pushed pages 19-168 px
 * sideways before runs outside those scripts were left free to wrap and the FAQ's grid
 * column was bounded (WCAG 1.4.10, reflow).
 */
describe('the same languages at 200 % text on a 390 px phone', () => {
  for (const [code, name] of [['th', 'ไทย'], ['km', 'ខ្មែរ'], ['my', 'မြန်မာ']] as const) {
    it(`${code}: nothing scrolls sideways, the FAQ and the footer included`, async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await chooseLanguage(name);
      await page.goto('/settings');
      await chooseDisplayModes(page, { textSize: 2, theme: 'default', furigana: false });
      for (const [path, ready] of [...pages, ['/faq', '.faq__item'] as const]) {
        await page.goto(path);
        await page.locator(ready).first().waitFor();
        await page.locator('.pack-footer__version').first().waitFor();
        expect(await sideways(page), path).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 320, height: 640 });
    });
  }
});

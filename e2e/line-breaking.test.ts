import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';
import { breaksInsideWords } from './support/line-breaks';

/**
 * Issue 18: Thai, Khmer and Burmese put no spaces between words, so a line may only break
 * where a word ends. Chromium's line breaker finds those places with ICU's dictionaries
 * (the same word boundaries Intl.Segmenter reports); the app must not take them away
 * (word-break: keep-all or break-all) nor let long sentences scroll sideways. On a 320 px
 * phone, where the home tiles' descriptions and a guide's texts wrap most.
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

const pages: ReadonlyArray<readonly [string, string]> = [['/', '.home__tiles'], ['/disaster', 'main h1'], ['/guides/tsunami-evacuation', '.guide__body']];

/**
 * Known defect, found when the Khmer and Burmese tsunami guides arrived (issue 18): in their
 * text Chromium breaks inside words Intl.Segmenter keeps whole (…កម្ពស់រ|លក…, …လုပ်ဆော|င်…,
 * …သတိပေး|ချက်…). Marked as failing so the suite says so until the app inserts its own
 * break opportunities; when it is fixed, this test fails and the mark must go.
 */
const guideBreaksMidWord = new Set(['km', 'my']);

async function chooseLanguage(name: string): Promise<void> {
  await page.goto('/language');
  await page.getByRole('button', { name }).click();
  await page.waitForURL(/\/$/);
}

describe('the four newest languages on a 320 px phone', () => {
  // Mongolian is written with spaces; it is here for the sideways-scroll check only.
  for (const [code, name] of [['th', 'ไทย'], ['km', 'ខ្មែរ'], ['my', 'မြန်မာ'], ['mn', 'Монгол хэл']] as const) {
    const checked = guideBreaksMidWord.has(code) ? pages.filter(([path]) => !path.startsWith('/guides/')) : pages;
    if (guideBreaksMidWord.has(code)) {
      it.fails(`${code}: a guide's text breaks only between words (known defect: it breaks inside some words)`, async () => {
        await chooseLanguage(name);
        await page.goto('/guides/tsunami-evacuation');
        await page.locator('.guide__body').first().waitFor();
        expect(await breaksInsideWords(page, 'main', code)).toEqual([]);
      });
    }
    it(`${code}: lines break only between words, and nothing scrolls sideways`, async () => {
      await chooseLanguage(name);
      for (const [path, ready] of checked) {
        await page.goto(path);
        await page.locator(ready).first().waitFor();
        if (code !== 'mn') expect(await breaksInsideWords(page, 'main', code), path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
      }
    });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { languages } from '../src/i18n/languages';
import { launchBrowser, newContext, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { namelessControls } from './support/accessible-names';

/**
 * Every UI language (Japanese is covered by a11y.test.ts in every display mode, English
 * and the evacuation list by disaster.test.ts): the screens whose text differs most by
 * language — the home tiles, a translated guide, a form — pass axe, name every control,
 * and carry the language's own `lang` and direction for screen readers, speech and fonts.
 * At kiosk size (1080 × 1920).
 */
const paths: ReadonlyArray<readonly [string, string]> = [
  ['/', '.home__tiles'],
  ['/guides/tsunami-evacuation', '.guide__body'],
  ['/f/opinion', '.runner .field'],
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
// One visitor who changes language: the content pack is installed once, not per language.
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { viewport: viewports.kioskPortrait, locale: 'ja-JP' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Chooses the language as a citizen does: by its own name on the language screen. */
async function chooseLanguage(nativeName: string): Promise<void> {
  await page.goto('/language');
  await page.getByRole('button', { name: nativeName }).click();
  await page.waitForURL(/\/$/);
}

describe('accessibility in every UI language', () => {
  for (const language of languages.filter((l) => l.code !== 'ja')) {
    it(`${language.code} (${language.nativeName}): zero axe violations, named controls, lang="${language.htmlLang}"`, async () => {
      await chooseLanguage(language.nativeName);
      const found: string[] = [];
      for (const [path, ready] of paths) {
        // The choice lands on the home screen: a reload of it would only start the app once more.
        if (new URL(page.url()).pathname !== path) await page.goto(path);
        await page.locator(ready).first().waitFor({ timeout: 30_000 });
        const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
        expect(root, path).toEqual({ lang: language.htmlLang, dir: language.dir });
        found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        found.push(...(await namelessControls(page)).map((c) => `${path}: no accessible name — ${c}`));
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});

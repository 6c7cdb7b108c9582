import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, viewports } from './support/browser';
import { drawnFonts, systemFontRuns } from './support/platform-fonts';

/**
 * Issue 18: on a stock Debian kiosk (this test's Chromium has no CJK or Devanagari system
 * font) the language screen showed 简体中文, 한국어 and नेपाली as empty boxes; Thai, Khmer,
 * Burmese and Mongolian Cyrillic (Ө, Ү) must not depend on system fonts either. Every glyph
 * on the language screen and on Chinese, Korean and Nepali pages must come from a font the
 * app ships. At kiosk size (1080 × 1920).
 */
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

/** Fonts arrive after the text (lazily, slice by slice): wait until nothing is drawn in a system font. */
async function expectOnlyShippedFonts(selector: string): Promise<void> {
  await expect.poll(() => systemFontRuns(page, selector), { timeout: 20_000, interval: 500 }).toEqual([]);
}

describe('fonts for every script offered', () => {
  it('the language screen draws every language name (简体中文, 한국어, नेपाली, ไทย, ខ្មែរ, မြန်မာ, Монгол хэл …) in a shipped font', async () => {
    await page.goto('/language');
    await page.locator('.language-list').waitFor();
    await expectOnlyShippedFonts('.language-list');
    const families = new Map((await drawnFonts(page, '.language-list')).map((d) => [d.text, d.font]));
    expect(families.get('简体中文')).toMatch(/Noto Sans SC/);
    expect(families.get('한국어')).toMatch(/Noto Sans KR/);
    expect(families.get('नेपाली')).toMatch(/Noto Sans Devanagari/);
    expect(families.get('ไทย')).toMatch(/Noto Sans Thai/);
    expect(families.get('ខ្មែរ')).toMatch(/Noto Sans Khmer/);
    expect(families.get('မြန်မာ')).toMatch(/Noto Sans Myanmar/);
    // Not BIZ UDPGothic, which has Russian Cyrillic but not Mongolian's Ө and Ү.
    expect(families.get('Монгол хэл')).toMatch(/^Noto Sans$/);
  });

  // A guide translated into Chinese and Korean; in Nepali the same guide is Japanese with a Nepali frame.
  // Thai, Khmer, Burmese and Mongolian (issue 18's four new languages): the same guide, Japanese in their frame until translated.
  for (const [name, font, guide] of [
    ['简体中文', 'Noto Sans SC', 'evacuation-sites'], ['한국어', 'Noto Sans KR', 'evacuation-sites'], ['नेपाली', 'Noto Sans Devanagari', 'evacuation-sites'],
    ['ไทย', 'Noto Sans Thai', 'evacuation-sites'], ['ខ្មែរ', 'Noto Sans Khmer', 'evacuation-sites'], ['မြန်မာ', 'Noto Sans Myanmar', 'evacuation-sites'],
    ['Монгол хэл', 'Noto Sans', 'evacuation-sites'],
  ] as const) {
    it(`${name}: home and a guide draw every character in a shipped font, the language's own in ${font}`, async () => {
      await page.goto('/language');
      await page.getByRole('button', { name }).click();
      await page.waitForURL(/\/$/);
      await page.locator('.home__tiles').waitFor();
      await expectOnlyShippedFonts('body');
      // Each tile's text is drawn in the language's font (not the Japanese font's glyph forms
      // for Chinese characters: Han unification), Japanese terms such as 住民票 in it aside.
      const runs = await drawnFonts(page, '.home__tiles');
      const withoutFont = [...new Set(runs.map((r) => r.text))].filter((text) => !runs.some((r) => r.text === text && r.font.startsWith(font)));
      expect(withoutFont, `not drawn in ${font}`).toEqual([]);
      await page.goto(`/guides/${guide}`);
      await page.locator('.guide__body').waitFor();
      await expectOnlyShippedFonts('body');
    });
  }
});

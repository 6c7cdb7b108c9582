import { describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, viewports } from './support/browser';
import { chooseDisplayModes } from './support/display-modes';
import { enrolKiosk, useKioskSuite } from './support/kiosk';
import { keepScreenshot } from './support/shots';

/**
 * Furigana where names are put into sentences (issue 15, item 6): with furigana on, the
 * hazard in the results heading, the terminal's own place name, the direction words and the
 * site's own heading carry
 * readings, not only the sentence around them. By touch, on the 平支所 kiosk at 200 %.
 */
const kiosk = useKioskSuite();

/** Each <ruby> inside `selector` as [base, reading]. */
const rubies = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(`${selector} ruby`)})].map((r) => [r.firstChild?.textContent ?? '', r.querySelector('rt')?.textContent ?? ''])`;

describe('furigana on inserted values', () => {
  it('the 津波 results heading, 平支所, the direction words and the site heading have readings', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP', hasTouch: true });
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url, 'taira-shisho-01');
    await page.locator('.attract__large-start').tap();
    await page.waitForFunction(() => document.documentElement.dataset.furigana === 'on');
    await page.locator('.home-tile[href="/disaster"]').tap();
    await page.locator('.hazard-picker__button--tsunami').tap();
    await page.locator('.site-card').first().waitFor({ timeout: 30_000 });

    const heading = (await page.evaluate(rubies('#site-results-title'))) as Array<[string, string]>;
    expect(heading[0]).toEqual(['津波', 'つなみ']);
    // 「平支所から…」: the terminal's own place name, with the readings the build gave it.
    const here = (await page.evaluate(rubies('.here-note__text'))) as Array<[string, string]>;
    expect(here).toContainEqual(['平', 'たいら']);
    // 「北東の方向」: the compass word is a ruby of its own, with its reading.
    const direction = (await page.evaluate(rubies('.site-card:first-of-type .site-card__distance'))) as Array<[string, string]>;
    const compassWords = ['北', '北東', '東', '南東', '南', '南西', '西', '北西'];
    const compass = direction.find(([base]) => compassWords.includes(base));
    expect(compass?.[1]).toMatch(/^[ぁ-ゖー]+$/u);
    await keepScreenshot(page, 'furigana-values-tsunami-list-1080x1920-200-furigana');

    const name = page.locator('.site-card__name a').first();
    await name.scrollIntoViewIfNeeded();
    await name.tap();
    await page.waitForURL('**/disaster/sites/**');
    const title = (await page.evaluate(rubies('main h1'))) as Array<[string, string]>;
    expect(title.length).toBeGreaterThan(0);
    expect(title.every(([, reading]) => reading !== '')).toBe(true);
    await keepScreenshot(page, 'furigana-values-site-1080x1920-200-furigana');
    await context.close();
  }, 180_000);

  it('search results show their titles with furigana, matched words marked whole', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ baseURL: baseURL(), viewport: viewports.phone, locale: 'ja-JP' })).newPage();
      // Search works on the stored pack: wait until this phone has it.
      await page.goto('/');
      await page.locator('.pack-footer__as-of').waitFor({ timeout: 60_000 });
      await page.goto('/settings');
      await chooseDisplayModes(page, { textSize: 0, theme: 'default', furigana: true });
      await page.goto('/search?q=避難所');
      await page.locator('.search-hit').first().waitFor({ timeout: 30_000 });
      const titles = (await page.evaluate(rubies('.search-hit__title'))) as Array<[string, string]>;
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.every(([, reading]) => /^[ぁ-ゖァ-ヺー]+$/u.test(reading))).toBe(true);
      await keepScreenshot(page, 'furigana-values-search-390x844-furigana');
    } finally {
      await browser.close();
    }
  }, 120_000);
});

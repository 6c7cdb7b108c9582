import { describe, expect, it } from 'vitest';
import { viewports } from './support/browser';
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
});

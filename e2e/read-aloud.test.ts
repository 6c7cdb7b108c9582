import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { cancels, clearHeard, finishUtterance, heard, heardSomething, highlighted, stubSpeech } from './support/speech-stub';

/**
 * Someone who cannot read the kanji of a guide has it read to them: in kana so names are
 * said right, paragraph by paragraph with the one being read outlined, at their speed,
 * and silence as soon as they leave the page.
 */
const shotsDir = process.env.MADOGUCHI_SCREENSHOTS;
const guide = '/guides/juminhyo-copy';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function openGuide(viewport: { width: number; height: number } = viewports.phone): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { viewport });
  await stubSpeech(context);
  const page = await context.newPage();
  await page.goto(guide);
  await page.locator('.guide__body h2').first().waitFor({ timeout: 30_000 });
  return { context, page };
}

/** Moves within the app as a touch on a link does (a reload would not wait for saved settings). */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
}

const readPage = (page: Page) => page.locator('main .read-aloud').getByRole('button', { name: 'このページを読み上げる' }).click();

describe('reading a guide aloud', () => {
  it('reads the page in order, in kana, and the highlight follows', async () => {
    const { context, page } = await openGuide();
    await readPage(page);
    const spoken = await heard(page);
    const blocks = await page.locator('.guide__body [data-speech-id]').count();
    expect(spoken.length).toBe(2 + blocks); // title, summary, every block
    expect(spoken.every((u) => u.lang === 'ja' && u.rate === 1)).toBe(true);
    expect(spoken[0]!.text).toBe('じゅうみんひょうのうつしをせいきゅうする');
    expect(spoken[2]!.text).toBe('せいきゅうできるひと');
    expect(spoken.map((u) => u.text).join('')).not.toMatch(/\p{Script=Han}/u);

    await finishUtterance(page); // the title (the <h1>, outside the article) is done
    expect(await highlighted(page)).toContain('guide__summary');
    await finishUtterance(page);
    expect(await highlighted(page)).toBe('guide-block-0');
    await expect.poll(() => page.locator('h2.is-speaking').textContent()).toBe('請求できる人');
    await finishUtterance(page);
    expect(await highlighted(page)).toBe('guide-block-1');
    // The highlight is an outline, not colour alone.
    expect(await page.locator('.is-speaking').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await context.close();
  });

  it('reads one section from its play button, at the chosen speed', async () => {
    const { context, page } = await openGuide();
    await page.locator('main .read-aloud').getByRole('button', { name: '速い' }).click();
    await page.getByRole('button', { name: '「必要なもの」を読み上げる' }).click();
    const spoken = await heard(page);
    expect(spoken.map((u) => u.text)).toEqual([
      'ひつようなもの',
      expect.stringMatching(/^せいきゅうしょ（まどぐちによういしています）。ほんにんかくにんしょるい/),
    ]);
    expect(spoken.every((u) => u.rate > 1)).toBe(true);
    await clearHeard(page);
    await page.locator('main .read-aloud').getByRole('button', { name: '読み上げを止める' }).click();
    expect(await highlighted(page)).toBeUndefined();
    await page.locator('main .read-aloud').getByRole('button', { name: 'ゆっくり' }).click();
    await readPage(page);
    expect((await heardSomething(page)).every((u) => u.rate < 1)).toBe(true);
    await context.close();
  });

  it('stops as soon as the citizen leaves the page', async () => {
    const { context, page } = await openGuide();
    await readPage(page);
    await finishUtterance(page);
    const before = await cancels(page);
    await page.locator('.guide__related a[href^="/facilities/"]').first().click();
    await page.locator('.facility-detail').waitFor();
    expect(await cancels(page)).toBeGreaterThan(before);
    await finishUtterance(page); // nothing is queued any more
    expect(await highlighted(page)).toBeUndefined();
    expect(await page.locator('main .read-aloud').getByRole('button', { name: 'このページを読み上げる' }).isVisible()).toBe(true);
    await context.close();
  });

  it('has no accessibility violations while reading, on a phone and on a kiosk screen', async () => {
    const found: string[] = [];
    for (const [name, viewport] of [['phone', viewports.phone], ['kiosk', viewports.kioskPortrait]] as const) {
      const { context, page } = await openGuide(viewport);
      await readPage(page);
      await finishUtterance(page);
      await finishUtterance(page);
      await page.locator('.is-speaking').waitFor();
      found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
      const stop = page.locator('main .read-aloud').getByRole('button', { name: '読み上げを止める' });
      expect((await stop.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      if (shotsDir) {
        mkdirSync(shotsDir, { recursive: true });
        await page.locator('.is-speaking').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shotsDir, `read-aloud-${name}.png`) });
      }
      await context.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('phrase breaks in Japanese text', () => {
  it('wraps Japanese between phrases only, without sideways scrolling at 320 px and 200 % text', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/settings');
    await page.locator('main .display-controls__size--2').click();
    await go(page, guide);
    await page.locator('.guide__body h2').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('2');
    // The build stored BudouX boundaries; the app renders them, it analyses nothing.
    expect(await page.locator('.guide__body .phrases wbr').count()).toBeGreaterThan(10);
    expect(await page.locator('.phrases').first().evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'phrases-320-200.png') });
    await context.close();
  });

  it('breaks やさしい日本語 at its spaces, never inside a word', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/settings');
    await page.locator('main .display-controls__size--2').click();
    await go(page, '/language');
    await page.locator('.language-list button[lang="ja"]').nth(1).click();
    // Choosing a language goes home; only then move on, or that navigation could land after ours.
    await page.waitForURL(/\/$/);
    await page.locator('.home__tiles').waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.language === 'ja-easy');
    await go(page, '/guides/disaster-stockpile');
    await page.locator('.guide__body h2').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.guide__body p').first().evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'easy-320-200.png') });
    await context.close();
  });
});

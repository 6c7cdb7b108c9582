import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { viewports } from './support/browser';
import { useKioskSuite } from './support/kiosk';
import { largeTextWithFurigana, touchKioskSession } from './support/kiosk-touch';
import { keepScreenshot } from './support/shots';

/**
 * The 粗大ごみ collection date on a kiosk, by touch alone: no native picker, no hardware
 * keyboard. The 平支所 terminal (90 s idle) so axe and screenshots never race the idle wipe.
 */
const kiosk = useKioskSuite();
const terminal = 'taira-shisho-01';
const kioskPage = (viewport = viewports.kioskPortrait) => touchKioskSession(kiosk.browser, kiosk.server.url, terminal, { viewport });

const next = (page: Page) => page.locator('.runner-nav__next').tap();

/** The on-screen keyboard opens on a kiosk field; its 完了 key closes it, as a citizen would. */
async function closeKeyboard(page: Page): Promise<void> {
  const keyboard = page.getByRole('region', { name: '文字入力キーボード' });
  if (await keyboard.isVisible()) {
    await keyboard.getByRole('button', { name: '完了', exact: true }).tap();
    await keyboard.waitFor({ state: 'detached' });
  }
}
/** A question's first option card (たんす・棚, 自宅の玄関の前): a finger anywhere on it chooses. */
const firstCard = (page: Page, field: 'itemKinds' | 'collectionPlace') => page.locator(`#field-${field} label.choice-card`).first();

/** Width and height of every day button, the smaller of the two: the touch target. */
const smallestDay = (page: Page) => page.locator('.date-picker__day').evaluateAll((days) =>
  Math.min(...days.map((d) => { const r = d.getBoundingClientRect(); return Math.min(r.width, r.height); })));

/**
 * Opens the form (a reload: display modes are chosen after it), chooses two items, and
 * comes to the date on the same page: shown open on a kiosk, opened by its button on a phone.
 */
async function openCollectionDate(page: Page, modes?: (page: Page) => Promise<void>): Promise<Locator> {
  await page.goto('/f/bulky-waste');
  await page.locator('.runner .field').first().waitFor({ timeout: 30_000 });
  await modes?.(page);
  await firstCard(page, 'itemKinds').tap({ timeout: 30_000 });
  // The count starts at 1; + makes it 2.
  expect(await page.locator('#field-itemCount-input').inputValue()).toBe('1');
  await page.getByRole('button', { name: '1つ増やす' }).tap();
  expect(await page.locator('#field-itemCount-input').inputValue()).toBe('2');
  if ((await page.evaluate(() => document.documentElement.dataset.device)) !== 'kiosk') {
    // Named by its label (checked at 100 %); found by id, as readings split the label's text at 200 %.
    await page.locator('#field-preferredDate-input').tap();
  }
  const grid = page.getByRole('grid');
  await grid.waitFor();
  return grid;
}

describe('the kiosk date picker', () => {
  it('picks the 粗大ごみ collection date by taps alone, and the date with its 和暦 reaches the review page', async () => {
    const { context, page } = await kioskPage();
    const grid = await openCollectionDate(page);
    // Shown open with the page: no button to find first, and nothing else took focus.
    expect(await page.locator('.date-field__toggle').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.date-picker'))).toBeNull();
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    expect(await smallestDay(page)).toBeGreaterThanOrEqual(64);
    // Weekends and holidays are greyed (the form closes them), never offered.
    const saturdays = grid.locator('tbody tr td:nth-child(7) .date-picker__day');
    expect(await saturdays.evaluateAll((days) => days.every((d) => d.getAttribute('aria-disabled') === 'true'))).toBe(true);
    expect(await page.locator('.date-picker__wareki').textContent()).toMatch(/^令和\d+年$/);
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'date-picker-kiosk-1080x1920');

    // One step to the next month and one tap on its first open day.
    await page.getByRole('button', { name: '次の月' }).tap();
    const day = grid.locator('.date-picker__day--open').first();
    const iso = (await day.getAttribute('data-date'))!;
    await day.tap();
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    await expect.poll(() => page.locator('.date-field__value').textContent()).toContain(`${y}年${m}月${d}日`);
    // It stays open, the chosen day marked: another tap would change it.
    expect(await grid.locator(`[data-date="${iso}"]`).evaluate((b) => b.closest('td')?.getAttribute('aria-selected'))).toBe('true');
    expect(await page.locator('.date-field__value').textContent()).toContain(`${y}年${m}月${d}日`);
    expect(await page.locator('.date-field__value').textContent()).toMatch(/和暦：令和\d+年/);

    await firstCard(page, 'collectionPlace').tap();
    await next(page);
    await page.getByLabel('氏名', { exact: true }).fill('磐城 太郎');
    await page.getByLabel('フリガナ').fill('イワキ タロウ');
    await page.getByLabel(/郵便番号/).fill('970-8026');
    await page.getByLabel(/住所/).fill('いわき市平字梅本21');
    await page.getByLabel(/電話番号/).fill('0246-22-1111');
    await closeKeyboard(page);
    await next(page);
    await page.getByRole('heading', { name: '入力内容の確認' }).waitFor();
    // The consent is asked here, above 送信, not on a page of its own.
    await page.getByText('上記に同意する').tap();
    expect(await page.getByLabel('上記に同意する').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const review = page.locator('main');
    expect(await review.textContent()).toContain(`${y}年${m}月${d}日`);
    expect(await review.textContent()).toMatch(/和暦：令和\d+年\d+月\d+日/);
    await context.close();
  }, 180_000);

  it('at 200 % text with furigana the days grow and stay whole, and the open picker is axe-clean', async () => {
    const { context, page } = await kioskPage();
    await openCollectionDate(page, largeTextWithFurigana);
    expect(await smallestDay(page)).toBeGreaterThanOrEqual(64);
    // Nothing scrolls sideways: seven columns fit the portrait screen at 200 %.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('.date-picker rt').count()).toBeGreaterThan(0);
    // A lone weekday letter gets no reading: the annotator would put ひ over 日.
    expect(await page.locator('.date-picker__weekday rt').count()).toBe(0);
    await page.locator('.date-picker').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'date-picker-kiosk-1080x1920-200-furigana');
    await context.close();
  }, 180_000);

  it('on a phone the seven columns fit, each day at least 44 px, and the keyboard alone moves and closes it', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.phone, locale: 'ja-JP', hasTouch: true });
    const page = await context.newPage();
    // The pack arrives in the background on a phone's first visit: wait until it lists the form.
    await page.goto('/forms');
    await page.locator('a.form-link[href="/f/bulky-waste"]').waitFor({ timeout: 30_000 });
    const grid = await openCollectionDate(page);
    expect(await smallestDay(page)).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await grid.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'date-picker-390x844');
    // Real Chromium: opening put focus on the first open day; arrows move it, Enter picks.
    const first = grid.locator('button[tabindex="0"]');
    const start = (await first.getAttribute('data-date'))!;
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date)).toBe(start);
    await page.keyboard.press('ArrowDown'); // a week later
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date);
    await expect.poll(focused).not.toBe(start);
    const moved = await focused();
    expect(Date.parse(moved!) - Date.parse(start)).toBe(7 * 86_400_000);
    expect(await grid.locator('button[tabindex="0"]').getAttribute('data-date')).toBe(moved);
    await page.keyboard.press('Enter');
    await grid.waitFor({ state: 'detached' });
    const [, m, d] = moved!.split('-').map(Number);
    expect(await page.locator('.date-field__value').textContent()).toContain(`${m}月${d}日`);
    // Focus is back on the button, which opens it again; Escape closes it without a change.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await page.keyboard.press('Enter');
    await grid.waitFor();
    await page.keyboard.press('Escape');
    await grid.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    expect(await page.locator('.date-field__value').textContent()).toContain(`${m}月${d}日`);
    await keepScreenshot(page, 'items-and-collection-page-390x844');

    // On to review, where a phone too ticks the consent right above 送信.
    await firstCard(page, 'collectionPlace').tap();
    await next(page);
    await page.getByLabel('氏名', { exact: true }).fill('磐城 太郎');
    await page.getByLabel('フリガナ').fill('イワキ タロウ');
    await page.getByLabel(/郵便番号/).fill('970-8026');
    await page.getByLabel(/住所/).fill('いわき市平字梅本21');
    await page.getByLabel(/電話番号/).fill('0246-22-1111');
    await next(page);
    await page.getByRole('heading', { name: '入力内容の確認' }).waitFor();
    await page.getByText('上記に同意する').tap();
    await page.locator('.runner-review__consent').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'review-consent-390x844');
    await context.close();
  }, 180_000);
});

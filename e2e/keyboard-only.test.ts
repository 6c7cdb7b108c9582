import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, viewports } from './support/browser';

/**
 * A citizen who cannot use a pointer (switch access, a keyboard, a screen reader) gets
 * everywhere with Tab, Enter and Space, and always sees where the focus is.
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface Focused { tag: string; type: string | null; label: string; text: string; href: string | null; indicated: boolean }

/** The focused element, and whether it shows a focus indicator (outline or ring). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', type: null, label: '', text: '', href: null, indicated: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), label: label.trim(),
      text: (el.textContent ?? '').trim().slice(0, 60), href: el.getAttribute('href'), indicated: outline || ring,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, limit = 40): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now);
    if (wanted(now)) return seen;
  }
  throw new Error(`not reached in ${limit} Tab presses: ${seen.map((f) => f.text || f.tag).join(' → ')}`);
}

describe('keyboard only', () => {
  it('skips to the content, opens a guide from the home tiles, and every stop on the way shows its focus', async () => {
    const context = await newContext(browser, { viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('.home__tiles').waitFor();

    // The app puts the focus on the screen's title. From the top of the page, before the
    // header's first link, is the skip link (Chromium starts Tab from where one last clicked).
    await page.mouse.click(1, 1);
    await page.keyboard.press('Shift+Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('本文へ移動');
    expect(skip.indicated).toBe(true);
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const path = await tabTo(page, (f) => f.href === '/guides');
    expect(path.filter((f) => !f.indicated), 'stops without a visible focus indicator').toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/guides$/);
    // The list comes from the content pack; the title has the focus once the screen is up.
    await page.locator('.guide-link').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const toGuide = await tabTo(page, (f) => f.href === '/guides/juminhyo-copy', 80);
    expect(toGuide.filter((f) => !f.indicated)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/guides\/juminhyo-copy$/);
    // The new screen's title takes the focus, so a screen reader announces where the citizen is.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });

  it('opens and closes an FAQ answer with Enter and Space, and fills and checks a form with keys alone', async () => {
    const context = await newContext(browser, { viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto('/faq');
    await page.locator('.faq__item').first().waitFor({ timeout: 30_000 });
    await tabTo(page, (f) => f.tag === 'summary');
    const open = () => page.locator('.faq__item').first().evaluate((d) => (d as HTMLDetailsElement).open);
    expect(await open()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await open()).toBe(true);
    await page.keyboard.press('Space');
    expect(await open()).toBe(false);

    await page.goto('/f/opinion');
    await page.locator('.runner .field').first().waitFor({ timeout: 30_000 });
    // A category by Space, the subject and the text typed, then on to the next page by Enter.
    await tabTo(page, (f) => f.type === 'radio', 60);
    await page.keyboard.press('Space');
    expect(await page.locator('.runner input[type=radio]:checked').count()).toBe(1);
    await tabTo(page, (f) => f.label.startsWith('件名'));
    await page.keyboard.type('キーボードだけで入力');
    await tabTo(page, (f) => f.label.startsWith('内容'));
    await page.keyboard.type('マウスを使わずに送れます。');
    const toNext = await tabTo(page, (f) => f.tag === 'button' && f.text.includes('次へ'));
    expect(toNext.filter((f) => !f.indicated)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.runner-progress__text').textContent()).toContain('2/');
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useKioskSuite } from './support/kiosk';
import { largeTextWithFurigana, openInApp, touchKioskSession } from './support/kiosk-touch';
import { axeViolations } from './support/axe';
import { screens } from './screens';

/**
 * A 78-year-old at a portrait kiosk with 200 % text: the header never hides what they read,
 * a labelled ホーム and もどる are on every screen, and もどる returns to the place in the list.
 * The 平支所 terminal (90 s idle), so nothing here races the idle wipe.
 */
const kiosk = useKioskSuite();
const terminal = 'taira-shisho-01';
const kioskPage = () => touchKioskSession(kiosk.browser, kiosk.server.url, terminal);

/**
 * Whether an element is where a citizen can see it: inside the viewport, and what is drawn
 * at its centre and top-left corner is the element itself, not the header on top of it.
 */
function seenUncovered(page: Page, selector: string): Promise<{ inView: boolean; uncovered: boolean; what: string }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return { inView: false, uncovered: false, what: 'missing' };
    const r = el.getBoundingClientRect();
    const inView = r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
    const points = [[r.left + r.width / 2, r.top + Math.min(r.height / 2, 20)], [r.left + 4, r.top + 4]] as const;
    const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
    const uncovered = hits.every((hit) => hit !== null && (el === hit || el.contains(hit)));
    return { inView, uncovered, what: hits.map((h) => h?.className || h?.tagName).join(', ') };
  }, selector);
}

/** How much of the screen the header takes once the page has scrolled down, as a fraction of its height. */
function headerShareScrolled(page: Page): Promise<number> {
  return page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const r = document.querySelector('.app-header')!.getBoundingClientRect();
    return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / innerHeight;
  });
}

describe('kiosk header and navigation', () => {
  it('on a portrait kiosk the body text is at least 24 px at the default size', async () => {
    const { context, page } = await kioskPage();
    const px = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(px).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  it('at 200 % text the header never covers the page, and after 次へ the focused heading is in view and uncovered', async () => {
    const { context, page } = await kioskPage();
    await openInApp(page, '/f/bulky-waste');
    await page.locator('.runner .field').first().waitFor({ timeout: 30_000 });
    // The first page: what goes out (the count starts at 1), the day (the kiosk's calendar is open), where it is put.
    await page.locator('#field-itemKinds label.choice-card').first().tap();
    await page.getByRole('grid').locator('.date-picker__day--open').first().tap();
    await page.locator('#field-collectionPlace label.choice-card').first().tap();

    /** 次へ, then: the step's heading has the focus, and it, the progress and the first field are seen whole. */
    const nextStepIsSeen = async () => {
      await page.locator('.runner-nav__next').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'runner-page-title');
      await page.waitForTimeout(300); // any smooth scroll settles
      expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[12]$/);
      expect(await seenUncovered(page, '#runner-page-title')).toMatchObject({ inView: true, uncovered: true });
      expect(await seenUncovered(page, '.runner-progress')).toMatchObject({ inView: true, uncovered: true });
      expect(await seenUncovered(page, '.runner .field')).toMatchObject({ inView: true, uncovered: true });
    };
    // At 100 % the header stays on top: what 次へ scrolls to lands below it.
    await nextStepIsSeen();

    const icon = () => page.locator('.app-header__controls .icon').first().evaluate((svg) => ({
      size: svg.getBoundingClientRect().width, text: parseFloat(getComputedStyle(svg.parentElement!).fontSize),
    }));
    const at100 = await icon();
    await largeTextWithFurigana(page);
    const at200 = await icon();
    expect(at200.size / at100.size, 'header icons grow with the text').toBeGreaterThanOrEqual(1.3);
    expect(at200.size, 'an icon as tall as its label').toBeGreaterThanOrEqual(at200.text);
    const headerHeight = await page.locator('.app-header').evaluate((header) => header.getBoundingClientRect().height / innerHeight);
    expect(headerHeight, 'share of the screen the header takes at the top of a page').toBeLessThanOrEqual(0.2);
    expect(await headerShareScrolled(page), 'share of the screen the header covers while reading').toBeLessThanOrEqual(0.12);

    await page.locator('.runner-nav__back').tap();
    await page.locator('#field-itemCount-input').waitFor();
    await nextStepIsSeen();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('every kiosk screen has a labelled ホーム and もどる', async () => {
    const { context, page } = await kioskPage();
    const missing: string[] = [];
    for (const screen of screens.filter((s) => s.path !== '/attract')) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
      const nav = page.locator('.kiosk-nav');
      if (!(await nav.locator('a.kiosk-nav__home[href="/"]').filter({ hasText: 'ホーム' }).isVisible())) missing.push(`${screen.path}: ホーム`);
      // Home is where a session starts: its もどる is there but has nowhere to go.
      const back = nav.locator(screen.path === '/' ? 'button.kiosk-nav__back:disabled' : 'a.kiosk-nav__back[href]').filter({ hasText: '戻る' });
      if (!(await back.isVisible())) missing.push(`${screen.path}: 戻る`);
    }
    expect(missing).toEqual([]);
    await context.close();
  });

  it('もどる from a site page returns to the same place in the list, with the same site focused', async () => {
    const { context, page } = await kioskPage();
    await openInApp(page, '/disaster?hazard=tsunami');
    const cards = page.locator('.site-card__name a');
    await cards.nth(7).waitFor({ timeout: 30_000 });
    const href = await cards.nth(7).getAttribute('href');
    await cards.nth(7).scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(300);
    await cards.nth(7).tap();
    await page.locator('.site-print').waitFor({ timeout: 30_000 });
    await page.locator('.kiosk-nav').getByRole('link', { name: '戻る', exact: true }).tap();
    await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href, { timeout: 10_000 });
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/disaster?hazard=tsunami');
    expect(Math.abs((await page.evaluate(() => scrollY)) - scrolled)).toBeLessThanOrEqual(4);
    expect(await seenUncovered(page, `.site-card__name a[href="${href}"]`)).toMatchObject({ inView: true, uncovered: true });
    await context.close();
  });
});

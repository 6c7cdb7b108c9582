import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { applyMode, modes, sweepScreens, sweepTimeout } from './support/a11y-sweep';
import { screens } from './screens';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // High contrast and dark are in a11y-themes.test.ts, so two e2e workers share the sweeps.
  it('every screen has zero violations — default, and every control has a spoken name', () => sweepScreens(browser, modes.default), sweepTimeout);
  it('every screen has zero violations — large text and furigana', () => sweepScreens(browser, modes.largeTextFurigana), sweepTimeout);

  it('the display dialog opened from the header is itself accessible', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: '見やすく' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('UI strings show their build-time furigana, and break lines between phrases only', async () => {
    const context = await newContext(browser, { viewport: viewports.phone });
    const page = await context.newPage();
    await applyMode(page, modes.largeTextFurigana);
    await page.goto('/disaster');
    await page.locator('.hazard-picker').waitFor({ timeout: 60_000 });
    const hazard = page.locator('main button', { hasText: '土石流' });
    await hazard.locator('rt').first().waitFor();
    // Readings over the kanji, and phrase breaks (BudouX) but none inside 土石流.
    const phrases = await hazard.locator('.phrases').evaluate((el) =>
      [...el.childNodes].map((n) => (n.nodeName === 'WBR' ? '|' : n.nodeName === 'RUBY' ? n.firstChild?.textContent : n.textContent)).join(''));
    expect(phrases).toContain('|');
    expect(phrases.split('|').some((phrase) => phrase.includes('土石流'))).toBe(true);
    expect(await hazard.locator('rt').allTextContents()).toContain('どせきりゅう');
    // The header's controls are UI strings too.
    expect(await page.locator('header rt').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('at 200 % text on a 320 px wide screen nothing scrolls sideways (reflow)', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await applyMode(page, modes.largeTextFurigana);
    for (const screen of screens.filter((s) => s.path !== '/attract')) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, screen.path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

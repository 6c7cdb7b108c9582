import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { chooseDisplayModes } from './support/display-modes';
import { namelessControls } from './support/accessible-names';
import { screens } from './screens';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface Mode { name: string; textSize: number; theme: string; furigana: boolean; locale: string }
const modes: readonly Mode[] = [
  { name: 'default', textSize: 0, theme: 'default', furigana: false, locale: 'ja-JP' },
  // Furigana over the UI strings and content together with the largest text: the tightest lines.
  { name: 'large text and furigana', textSize: 2, theme: 'default', furigana: true, locale: 'ja-JP' },
  { name: 'high contrast', textSize: 0, theme: 'high-contrast', furigana: false, locale: 'ja-JP' },
  { name: 'dark', textSize: 1, theme: 'dark', furigana: true, locale: 'en-US' },
];

/** Sets display modes the way a citizen would, through the settings screen's controls. */
async function applyMode(page: Page, mode: Mode): Promise<void> {
  await page.goto('/settings');
  await chooseDisplayModes(page, mode);
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // Two modes at a time (maxConcurrency in vitest.config.ts): each is one Chromium page
  // running axe on one core, and the machine has two.
  for (const mode of modes) {
    it.concurrent(`every screen has zero violations — ${mode.name}${mode.name === 'default' ? ', and every control has a spoken name' : ''}`, async ({ expect }) => {
      const context = await newContext(browser, { locale: mode.locale, viewport: viewports.phone });
      const page = await context.newPage();
      await applyMode(page, mode);
      const found: string[] = [];
      for (const screen of screens) {
        await page.goto(screen.path);
        await page.locator(screen.ready).first().waitFor();
        found.push(...(await axeViolations(page)).map((v) => `${screen.path}: ${v}`));
        // Names do not depend on size or theme: checked once, in the default mode.
        if (mode.name === 'default') found.push(...(await namelessControls(page)).map((c) => `${screen.path}: no accessible name — ${c}`));
      }
      expect(found, found.join("\n")).toEqual([]);
      await context.close();
    }, 420_000); // 22 screens, sharing the machine with another mode
  }

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
    await applyMode(page, modes[1]!);
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
    await applyMode(page, modes[1]!);
    for (const screen of screens.filter((s) => s.path !== '/attract')) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, screen.path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

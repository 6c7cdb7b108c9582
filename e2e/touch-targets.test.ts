import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { viewports } from './support/browser';
import { enrolKiosk, useKioskSuite } from './support/kiosk';
import { routeCases, type RouteCase } from './support/route-cases';
import { smallTargets } from './support/touch-targets';

/**
 * Fingers, not mouse pointers: every interactive element on every citizen route is at least
 * 64 × 64 CSS px on a portrait kiosk read from arm's length, and 44 × 44 on a phone
 * (WCAG 2.5.5), in-text links and phone numbers and the map's numbered markers included.
 * One browser and one context per device: the routes are visited in turn.
 */
const suite = useKioskSuite();
const cases = routeCases();
/** A real terminal's configuration (two minutes idle), so a slow route is not wiped mid-measure. */
const terminal = 'iwaki-central-library-01';

async function offendersOn(page: Page, routes: readonly RouteCase[], min: number): Promise<string[]> {
  const found: string[] = [];
  for (const route of routes) {
    await page.goto(route.path);
    await page.locator(route.ready).first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const small of await smallTargets(page, min)) found.push(`${route.path}: ${small.what} ${small.width}×${small.height}`);
  }
  return found;
}

describe('touch targets', () => {
  it('on a 1080 × 1920 kiosk every interactive element on every route is at least 64 × 64 px', async () => {
    const context: BrowserContext = await suite.browser.newContext({ baseURL: suite.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const page = await context.newPage();
    await enrolKiosk(page, suite.server.url, terminal);
    expect(await page.evaluate(() => document.documentElement.dataset.device)).toBe('kiosk');
    const attract = (await smallTargets(page, 64)).map((s) => `/attract: ${s.what} ${s.width}×${s.height}`);
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    const found = [...attract, ...await offendersOn(page, cases.filter((c) => c.path !== '/attract'), 64)];
    expect(found, `${found.length} targets under 64 px:\n${found.join('\n')}`).toEqual([]);
    await context.close();
  }, 300_000);

  it('on a 390 × 844 phone every interactive element on every route is at least 44 × 44 px', async () => {
    const context = await suite.browser.newContext({ baseURL: suite.server.url, viewport: viewports.phone, locale: 'ja-JP' });
    const page = await context.newPage();
    const found = await offendersOn(page, cases, 44);
    expect(found, `${found.length} targets under 44 px:\n${found.join('\n')}`).toEqual([]);
    await context.close();
  }, 300_000);
});

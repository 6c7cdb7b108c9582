import type { Browser, BrowserContext, Page } from 'playwright-core';
import { viewports } from './browser';
import { enrolKiosk } from './kiosk';

/**
 * A citizen at a touch kiosk: a context with touch, enrolled as `terminal`, the attract
 * loop touched, the home screen shown. Shared by the kiosk files that drive by touch.
 */
export async function touchKioskSession(
  browser: Browser,
  baseURL: string,
  terminal: string,
  options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL, viewport: options.viewport ?? viewports.kioskPortrait, locale: 'ja-JP', hasTouch: true, deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  await enrolKiosk(page, baseURL, terminal);
  await page.locator('.attract__start').tap();
  await page.locator('.home__tiles').waitFor();
  return { context, page };
}

/** A kiosk keeps display modes in memory only: chosen from the header's dialog, without a reload. */
export async function largeTextWithFurigana(page: Page): Promise<void> {
  await page.getByRole('button', { name: '見やすく' }).tap();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.display-controls__size--2').tap();
  const furigana = dialog.locator('.display-controls__switch input');
  if (!(await furigana.isChecked())) await furigana.tap();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.documentElement.dataset.furigana === 'on');
}

/** Moves inside the app as a link would (a kiosk's display modes live in memory: no reload). */
export async function openInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, url);
}

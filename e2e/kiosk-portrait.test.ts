import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { newContext, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { useKioskSuite } from './support/kiosk';
import { largeTextWithFurigana, openInApp, touchKioskSession } from './support/kiosk-touch';
import { keepScreenshot } from './support/shots';

/**
 * A portrait kiosk (1080×1920) is read standing: its main screens use the height they
 * have rather than leaving the lower half empty. With MADOGUCHI_SCREENSHOTS=<dir> the
 * last test keeps what the changed screens look like on a kiosk (100 %, 200 % with
 * furigana) and on a phone, for a person to look at.
 */
const kiosk = useKioskSuite();
const terminal = 'taira-shisho-01';

// A terminal with a camera (Chromium's own test pattern), so the scan screen shows its live picture.
let withCamera: Browser;
beforeAll(async () => {
  withCamera = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });
});
afterAll(async () => { await withCamera?.close(); });

/** `deviceScaleFactor` 0.5 keeps a screenshot of the whole 1080×1920 layout at a quarter of the pixels. */
const kioskPage = (deviceScaleFactor = 1) => touchKioskSession(withCamera, kiosk.server.url, terminal, { deviceScaleFactor });

/** The screens issue 15 changed, and what shows each has rendered. */
const changed = [
  { name: 'home', path: '/', ready: '.home__tiles', fills: '.home__tiles', share: 0.75 },
  { name: 'language', path: '/language', ready: '.language-list', fills: '.language-list', share: 0.75 },
  // The camera's picture alone, as large as the width allows; the manual entry follows it.
  { name: 'scan', path: '/scan', ready: '.scan__preview[role="img"]', fills: '.scan__preview', share: 0.6 },
  { name: 'facilities', path: '/facilities', ready: '.facility-card', fills: '.facility-list li:nth-child(4)', share: 0.75 },
  { name: 'disaster-list', path: '/disaster?hazard=tsunami', ready: '.site-card' },
  { name: 'disaster-site', path: '/disaster/sites/07204400027?hazard=tsunami', ready: '.site-print' },
  { name: 'form-step', path: '/f/opinion', ready: '.runner .field' },
] as const;

/** The bottom of an element as a share of the screen's height, read from the top of the page. */
const bottomShare = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => { scrollTo(0, 0); return el.getBoundingClientRect().bottom / innerHeight; });

describe('a portrait kiosk', () => {
  it('home, language, scan and facilities reach down the screen (three quarters; the scan picture alone 60 %), and pass axe', async () => {
    const { context, page } = await kioskPage();
    const short: string[] = [];
    const violations: string[] = [];
    for (const screen of changed) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
      if ('fills' in screen) {
        const share = await bottomShare(page, screen.fills);
        if (share < screen.share) short.push(`${screen.path}: ${Math.round(share * 100)} %`);
      }
      violations.push(...(await axeViolations(page)).map((v) => `${screen.path}: ${v}`));
    }
    expect(short).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  // Only registered when screenshots are asked for: a tool for review, not a check, so it
  // never shows as a permanent "skipped" in which a real skip could hide.
  if (process.env.MADOGUCHI_SCREENSHOTS) it('keeps screenshots of the changed screens: kiosk 100 %, kiosk 200 % with furigana, phone', async () => {
    const { context, page } = await kioskPage(0.5);
    for (const screen of changed) {
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
      await keepScreenshot(page, `kiosk-1080x1920-100-${screen.name}`);
    }
    await largeTextWithFurigana(page);
    for (const screen of changed) {
      await openInApp(page, screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      await keepScreenshot(page, `kiosk-1080x1920-200-furigana-${screen.name}`);
    }
    await context.close();

    const phone = await newContext(withCamera, { viewport: viewports.phone });
    const phonePage = await phone.newPage();
    phonePage.setDefaultTimeout(30_000);
    // A phone changed only in its header's icons: the screens the issue names show it.
    for (const screen of changed.filter((s) => 'fills' in s)) {
      await phonePage.goto(`${kiosk.server.url}${screen.path}`);
      // A phone starts its camera only when asked: its scan screen is ready with the button.
      await phonePage.locator(screen.name === 'scan' ? '.scan__controls' : screen.ready).first().waitFor();
      await keepScreenshot(phonePage, `phone-390x844-${screen.name}`);
    }
    await phone.close();
  }, 240_000);
});

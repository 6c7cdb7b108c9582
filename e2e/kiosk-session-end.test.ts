import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enrolKiosk, markDocument, useKioskSuite, waitForWipe, walkAway } from './support/kiosk';
import { viewports } from './support/browser';
import { fillAndSubmitForm } from './support/fill-form';

/**
 * A citizen's session on a kiosk ends when they say so, not only when the idle timer
 * fires: leaving a half-filled form throws it away (after asking), and 「おわる（消す）」
 * or the receipt's 「終わる」 wipe the session exactly as the idle timer does.
 */
const kiosk = useKioskSuite();

async function kioskPage() {
  const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
  // The idle wipe's time passes on Playwright's clock (walkAway), not in real seconds.
  await context.clock.install();
  const page = await context.newPage();
  await enrolKiosk(page, kiosk.server.url);
  // Playwright's tab starts on about:blank, then the enrolment link: the terminal's own
  // entries before any citizen (Chromium started on its launch URL has just one).
  launchEntries = await page.evaluate(() => history.length);
  return { context, page };
}
let launchEntries = 0;

/** Home → 申請・届出 → one form, by touch as a citizen does it (each a history entry on a phone). */
async function openFormByTouch(page: Page, formId: string): Promise<void> {
  await page.locator('.kiosk-nav__home').click();
  await page.locator('.home__tiles a[href="/forms"]').click();
  await page.locator(`a.form-link[href="/f/${formId}"]`).click();
}

async function turnOnLargestText(page: Page): Promise<void> {
  await page.locator('.app-header__control[aria-haspopup=dialog]').click();
  await page.locator('.display-dialog .display-controls__size--2').click();
  await page.locator('.display-dialog__head button').click();
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('2');
}

/** After a wipe: the attract loop, reloaded, with the terminal's defaults and nothing of the session in the back list. */
async function expectFreshSession(page: Page): Promise<void> {
  await waitForWipe(page, 40_000); // the document marked before the wipe was asked for is gone
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('0');
  expect(await page.evaluate(() => history.length)).toBe(launchEntries);
}

describe('a kiosk session ends when the citizen says so', () => {
  it('leaving a half-filled 粗大ごみ form asks first, then the next visitor gets an empty form', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await openFormByTouch(page, 'bulky-waste');
    const notes = page.locator('main textarea').first();
    await notes.fill('岩城太郎 の タンス');

    // Going home: the terminal asks; "keep filling in" keeps everything.
    await page.locator('.kiosk-nav__home').click();
    const ask = page.locator('.leave-form-dialog');
    await ask.waitFor({ timeout: 5_000 });
    await ask.locator('.leave-form-dialog__stay').click();
    expect(new URL(page.url()).pathname).toBe('/f/bulky-waste');
    expect(await notes.inputValue()).toBe('岩城太郎 の タンス');

    // Going to another form: confirmed, the answers are discarded.
    await page.locator('.kiosk-nav__home').click();
    await ask.locator('.leave-form-dialog__leave').click();
    await page.locator('.home__tiles').waitFor();

    // The next visitor opens the same form within the idle window: nothing to resume.
    await page.locator('.home__tiles a[href="/forms"]').click();
    await page.locator('a.form-link[href="/f/bulky-waste"]').click();
    await page.locator('main textarea').first().waitFor();
    expect(await page.locator('.resume-offer').count()).toBe(0);
    expect(await page.locator('main textarea').first().inputValue()).toBe('');
    await context.close();
  });

  it('「おわる（消す）」 is on every screen and wipes the session like the idle timer', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    expect(await page.locator('.end-session').isVisible()).toBe(true);
    await turnOnLargestText(page);
    await openFormByTouch(page, 'bulky-waste');
    await page.locator('main textarea').first().fill('岩城太郎');
    expect(await page.locator('.end-session').isVisible()).toBe(true);
    await markDocument(page);
    await page.locator('.end-session').click();
    await expectFreshSession(page);

    await page.locator('.attract__start').click();
    await openFormByTouch(page, 'bulky-waste');
    await page.locator('main textarea').first().waitFor();
    expect(await page.locator('.resume-offer').count()).toBe(0);
    expect(await page.locator('main textarea').first().inputValue()).toBe('');
    await context.close();
  });

  it('the idle wipe leaves no earlier entries in the tab’s back list', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await openFormByTouch(page, 'opinion');
    await page.locator('main input[type=text]').first().fill('にゅうりょく');
    await markDocument(page);
    await walkAway(page);
    await expectFreshSession(page);
    await context.close();
  });

  it('「終わる」 on the receipt wipes the session like the idle timer', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    await turnOnLargestText(page);
    await openFormByTouch(page, 'opinion');
    await fillAndSubmitForm(page, 'テスト');
    await page.locator('.receipt-print').waitFor({ timeout: 20_000 });
    await markDocument(page);
    await page.getByRole('link', { name: '終わる' }).or(page.getByRole('button', { name: '終わる' })).click();
    await expectFreshSession(page);
    await context.close();
  });
});

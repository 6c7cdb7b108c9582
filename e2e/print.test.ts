import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';
import { inspectPrintout, mmToPt, pdfPageSizes, savePdf } from './support/print';

/**
 * Guides on paper from a phone or PC: A4 through the browser's dialog. (The kiosk's
 * 80 mm roll is in kiosk.test.ts, on a terminal with a printer.)
 */
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('printing a guide', () => {
  it('on A4 from a phone: the guide only, black, furigana kept, tables whole, a QR back to the page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body table').waitFor({ timeout: 30_000 });
    // Furigana on, from the header's display panel: on paper they must stay.
    await page.locator('.app-header__controls button[aria-haspopup="dialog"]').click();
    await page.locator('.display-dialog .display-controls__switch input').check();
    await page.keyboard.press('Escape');
    await page.locator('.guide__body ruby').first().waitFor();
    // With furigana on, Chromium puts a space at each <ruby> edge in a name (the readings
    // themselves are aria-hidden): 「この 案内 を 印刷」.
    await page.getByRole('button', { name: /この\s*案内\s*を\s*印刷/u }).waitFor();

    const facts = await inspectPrintout(page, 186, 'guide-a4'); // 210 mm less the page margins
    expect(facts).toMatchObject({ overflowing: 0, header: false, buttons: false, printLink: true, headingColor: 'rgb(0, 0, 0)' });
    expect(facts.rubies).toBeGreaterThan(0);

    const sizes = pdfPageSizes(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    expect(Math.abs(sizes[0]![0] - mmToPt(210))).toBeLessThan(2);
    await savePdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }), 'guide-a4');
    await context.close();
  });

  it('a receipt screen seen earlier does not hide the guide on paper (print rules are scoped to their page)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/receipts/00000000-0000-7000-8000-000000000000');
    await page.locator('main h1').waitFor();
    // Same document, so the receipt's CSS chunk stays loaded: navigate inside the app.
    await page.evaluate(() => {
      history.pushState(null, '', '/guides/juminhyo-copy');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('.guide__body table').waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      guide: getComputedStyle(document.querySelector('.guide__body')!).visibility,
      pageMaxWidth: getComputedStyle(document.querySelector('.page')!).maxWidth,
    }));
    expect(shown).toEqual({ guide: 'visible', pageMaxWidth: 'none' });
    await context.close();
  });
});

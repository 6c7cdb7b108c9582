import { describe, expect, it } from 'vitest';
import { useKioskSuite } from './support/kiosk';
import { largeTextWithFurigana, openInApp, touchKioskSession } from './support/kiosk-touch';
import { viewports } from './support/browser';
import { decodeQrSvgPath } from './support/qr-svg';

/**
 * Issue 18: a Vietnamese resident reading with large text and furigana at a kiosk scans
 * "continue on your phone"; the phone (set to Japanese) opens the same page in Vietnamese,
 * with the same display modes, and keeps them. The 平支所 terminal (90 s idle).
 */
const kiosk = useKioskSuite();

describe('continue on your phone', () => {
  it('the code carries the language and display modes, and the phone opens the same page the same way', async () => {
    const { context, page } = await touchKioskSession(kiosk.browser, kiosk.server.url, 'taira-shisho-01');
    await largeTextWithFurigana(page);
    await openInApp(page, '/language');
    await page.getByRole('button', { name: 'Tiếng Việt' }).tap();
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await openInApp(page, '/guides/evacuation-sites');
    await page.locator('.guide__body').waitFor();
    const title = (await page.locator('h1').first().textContent())?.trim();

    await page.locator('.handoff-button').tap();
    const qr = page.locator('.handoff-dialog .qr-code');
    await qr.waitFor();
    const [path, viewBox] = await Promise.all([qr.locator('path').getAttribute('d'), qr.getAttribute('viewBox')]);
    const scanned = new URL(decodeQrSvgPath(path ?? '', Number(viewBox?.split(' ')[2])));
    expect(scanned.pathname).toBe('/guides/evacuation-sites');
    expect(Object.fromEntries(scanned.searchParams)).toEqual({ lang: 'vi', text: '2', furigana: 'on' });
    await context.close();

    const phoneContext = await kiosk.browser.newContext({ viewport: viewports.phone, locale: 'ja-JP' });
    const phone = await phoneContext.newPage();
    await phone.goto(scanned.href);
    await phone.locator('.guide__body').waitFor();
    const seen = () => phone.evaluate(() => ({
      lang: document.documentElement.lang, textSize: document.documentElement.dataset.textSize,
      furigana: document.documentElement.dataset.furigana, address: location.pathname + location.search,
    }));
    expect(await seen()).toEqual({ lang: 'vi', textSize: '2', furigana: 'on', address: '/guides/evacuation-sites' });
    expect((await phone.locator('h1').first().textContent())?.trim()).toBe(title);
    // The phone is the citizen's own: it keeps reading their way after a reload.
    await expect.poll(async () => {
      await phone.reload();
      await phone.locator('.guide__body').waitFor();
      return seen();
    }, { timeout: 15_000 }).toEqual({ lang: 'vi', textSize: '2', furigana: 'on', address: '/guides/evacuation-sites' });
    await phoneContext.close();
  });
});

import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { viewports } from './support/browser';
import { enrolKiosk, markDocument, useKioskSuite, waitForWipe, walkAway } from './support/kiosk';
import { finishUtterance, heardSomething, stubSpeech } from './support/speech-stub';

/**
 * On a shared terminal the next person must not hear the last one's page, nor inherit
 * their reading speed: the idle wipe silences speech and resets the speed.
 */
const shotsDir = process.env.MADOGUCHI_SCREENSHOTS;
const guide = '/guides/juminhyo-copy';

describe('reading aloud on a kiosk', () => {
  const kiosk = useKioskSuite();

  it('falls silent and forgets the chosen speed at the idle wipe', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    let cancelled = 0;
    await context.exposeFunction('reportSpeechCancel', () => { cancelled++; });
    await stubSpeech(context);
    await context.clock.install(); // the idle time passes at once (walkAway)
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url);
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    // In-app navigation, as a touch on a link: a reload would restart the session.
    await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, guide);
    await page.locator('.guide__body h2').first().waitFor({ timeout: 30_000 });
    const bar = page.locator('main .read-aloud');
    await bar.getByRole('button', { name: '速い' }).click();
    await bar.getByRole('button', { name: 'このページを読み上げる' }).click();
    await finishUtterance(page);
    await finishUtterance(page);
    // Kiosk targets are larger than a phone's.
    expect((await page.locator('.read-aloud__play').first().boundingBox())!.height).toBeGreaterThanOrEqual(64);
    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({ path: join(shotsDir, 'read-aloud-kiosk-device.png') });
    }
    const before = cancelled;
    await markDocument(page);
    await walkAway(page);
    await waitForWipe(page);
    expect(cancelled).toBeGreaterThan(before);
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, guide);
    await page.locator('main .read-aloud').getByRole('button', { name: 'このページを読み上げる' }).click();
    expect((await heardSomething(page)).every((u) => u.rate === 1)).toBe(true);
    await context.close();
  });
});

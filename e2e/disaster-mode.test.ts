import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { enrolKiosk, useKioskSuite } from './support/kiosk';
import { rebuildPack } from './support/content-pack';
import { settled, viewports } from './support/browser';
import { keepScreenshot } from './support/shots';

/**
 * Disaster mode: the city has published a tsunami warning (in the signed pack, so it
 * shows with the network down). A citizen's session starts on the evacuation list for
 * 津波, on the kiosk and on a phone; going home on purpose then stays home.
 */
const kiosk = useKioskSuite((server) => {
  writeFileSync(join(server.contentDir, 'disaster/alerts.json'), JSON.stringify({
    sample: true,
    items: [{
      id: 'e2e-tsunami', severity: 'emergency', hazard: 'tsunami',
      message: { ja: '津波警報が発表されました。高台へ避難してください。', en: 'Tsunami warning. Go to high ground.' },
      issuedAt: new Date(Date.now() - 60_000).toISOString(), expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    }],
  }));
  rebuildPack(server.contentDir, server.packsDir, { KIOSK_CONFIG_DIR: server.kioskDir });
});

const path = (page: Page) => page.evaluate(() => location.pathname);

/** The evacuation list is open with 津波 chosen from the notice, scrolled to the nearest site (the list itself is checked in disaster.test.ts). */
async function expectTsunamiList(page: Page): Promise<void> {
  await page.waitForFunction(() => location.pathname === '/disaster', undefined, { timeout: 60_000 });
  await page.locator('.site-card').first().waitFor();
  expect(await page.locator('.hazard-picker__button[aria-pressed="true"]').textContent()).toBe('津波');
  expect(await page.locator('.disaster__from-notice').textContent()).toContain('津波');
  expect(await page.locator('.site-card').count()).toBe(10);
  // The answer is in sight, not below the eight hazard buttons.
  const height = page.viewportSize()!.height;
  await expect.poll(async () => (await page.locator('.site-card').first().boundingBox())!.y).toBeLessThan(height - 100);
}

/** Goes home with the header's home link (a kiosk's labelled ホーム), and checks nobody sends the citizen back. */
async function goHomeAndStay(page: Page): Promise<void> {
  const kiosk = (await page.evaluate(() => document.documentElement.dataset.device)) === 'kiosk';
  await page.locator(kiosk ? '.kiosk-nav__home' : '.app-header__home').click();
  await page.locator('.home__tiles').waitFor();
  await page.locator('.disaster-home-block').waitFor(); // the notice is still known here
  await settled(page); // whatever the app does about the notice, it has done
  expect(await path(page)).toBe('/');
}

describe('disaster mode opens the evacuation view first', () => {
  it('on the kiosk the attract loop leads with the alert, reads it aloud, and a touch opens the 津波 list', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url, 'onahama-shisho-01');
    const card = page.locator('.attract-card--alert');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.textContent()).toContain('津波警報が発表されました');
    expect(await card.textContent()).toContain('津波');
    await keepScreenshot(page, 'disaster-mode-attract');
    // One banner on the attract loop (not a second one hidden behind it).
    expect(await page.locator('.notice-banner__item--emergency').count()).toBe(1);
    await page.evaluate(() => {
      // Record what would be spoken (headless Chromium has no voices).
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => { spoken.push(`${u.lang}|${u.text}`); };
    });
    await page.locator('.attract .notice-banner').getByRole('button', { name: '読み上げ' }).click();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken))
      .toEqual(['ja|津波警報が発表されました。高台へ避難してください。']);

    await card.click();
    await expectTsunamiList(page);
    await goHomeAndStay(page);
    await context.close();
  });

  it('a phone opened at "/" goes to the 津波 list once; home then stays home, also after a reload', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.phone, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto('/');
    await expectTsunamiList(page);
    await goHomeAndStay(page);
    await page.reload();
    await page.locator('.disaster-home-block').waitFor();
    await settled(page);
    expect(await path(page)).toBe('/');
    await context.close();
  });
});

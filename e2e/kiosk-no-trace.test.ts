import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { enrolKiosk, startKioskServer } from './support/kiosk';
import { scanProfile } from './support/profile-scan';
import { fillAndSubmitForm } from './support/fill-form';
import { viewports } from './support/browser';

/**
 * "Deleting is not erasing": after a citizen's session and the idle wipe, the whole
 * Chromium profile on disk (IndexedDB LevelDB including Snappy-compressed tables,
 * Cache Storage, Local and Session Storage, service worker storage, history) must
 * not contain what they typed — in UTF-8 or UTF-16.
 */
let server: Awaited<ReturnType<typeof startKioskServer>>;
beforeAll(async () => { server = await startKioskServer(); });
afterAll(async () => { await server?.stop(); });

async function persistentBrowser(): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'madoguchi-kiosk-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(), args: chromiumArgs, baseURL: server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP',
  });
  return { context, profileDir };
}

async function citizenSession(context: BrowserContext, canary: string, submit: boolean): Promise<void> {
  const page = context.pages()[0] ?? await context.newPage();
  await enrolKiosk(page, server.url);
  await page.locator('.attract__start').click();
  // Search…
  await page.locator('#search-q').fill(`${canary} 住民票`);
  await page.locator('#search-q').press('Enter');
  await page.locator('.search__status').waitFor();
  // …and a form.
  await page.goto('/f/opinion');
  const field = page.locator('main textarea, main input[type=text]').first();
  await field.waitFor({ timeout: 20_000 });
  await field.fill(`${canary} こんにちは`);
  if (submit) {
    // The rest of the form, so an encrypted item sits in the outbox.
    await fillAndSubmitForm(page, `${canary} テスト`);
    await page.locator('.receipt-print').waitFor({ timeout: 20_000 });
  }
  // Walk away: the idle warning, then the wipe, back to the attract loop.
  await page.locator('.attract__start').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2_000);
}


describe('kiosk leaves no trace', () => {
  for (const submit of [false, true]) {
    it(`nothing a citizen typed is on disk after the wipe — ${submit ? 'with' : 'without'} a queued encrypted submission`, async () => {
      const canary = `ZQ${Math.random().toString(36).slice(2, 10).toUpperCase()}CANARY`;
      const { context, profileDir } = await persistentBrowser();
      if (submit) await context.setOffline(false);
      await citizenSession(context, canary, submit);
      await context.close(); // flushes LevelDB and the Cache Storage index to disk
      const result = scanProfile(profileDir, canary);
      rmSync(profileDir, { recursive: true, force: true });
      expect(result.filesScanned).toBeGreaterThan(50);
      expect(result.findings).toEqual([]);
    });
  }

  it('the scan does find a canary where one is stored (a phone keeps its draft): the test can fail', async () => {
    const canary = `ZQ${Math.random().toString(36).slice(2, 10).toUpperCase()}PHONE`;
    const { context, profileDir } = await persistentBrowser();
    const page = await context.newPage();
    await page.goto('/f/opinion');
    const field = page.locator('main textarea, main input[type=text]').first();
    await field.waitFor({ timeout: 30_000 });
    await field.fill(`${canary} 下書き`);
    await page.waitForTimeout(1_500); // the phone's draft is saved after a short pause
    await context.close();
    const result = scanProfile(profileDir, canary);
    rmSync(profileDir, { recursive: true, force: true });
    expect(result.findings.length).toBeGreaterThan(0);
  });
});

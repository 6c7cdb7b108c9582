import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { enrolKiosk, markDocument, startKioskServer, testTerminal, waitForWipe, walkAway } from './support/kiosk';
import { scanProfile } from './support/profile-scan';
import { expectTablesRead, flushIntoTables } from './support/profile-flush';
import { outboxRows } from './support/outbox';
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
  await context.clock.install(); // the idle time passes at once (walkAway)
  return { context, profileDir };
}

/**
 * One citizen's visit; with `submit`, the kiosk has lost its network before the form is
 * sent, so the encrypted submission waits in the outbox through the wipe and the scan.
 * Answers the id of that queued submission.
 */
async function citizenSession(context: BrowserContext, canary: string, submit: boolean): Promise<{ page: Page; queuedId?: string }> {
  const page = context.pages()[0] ?? await context.newPage();
  await enrolKiosk(page, server.url);
  await page.locator('.attract__start').click();
  // Search…
  await page.locator('#search-q').fill(`${canary} 住民票`);
  await page.locator('#search-q').press('Enter');
  await page.locator('.search__status').waitFor({ timeout: 60_000 }); // the first search loads the index
  // …and a form, in a page the service worker serves, so it keeps working offline.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 60_000 });
  await page.goto('/f/opinion');
  const field = page.locator('main textarea, main input[type=text]').first();
  await field.waitFor({ timeout: 20_000 });
  await field.fill(`${canary} こんにちは`);
  let queuedId: string | undefined;
  if (submit) {
    // The network goes; the rest of the form is filled and sent, so it can only be queued.
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await fillAndSubmitForm(page, `${canary} テスト`);
    await page.waitForURL(/\/receipts\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    await page.locator('.receipt__queued').waitFor({ timeout: 20_000 });
    queuedId = page.url().split('/').pop();
    const queued = await outboxRows(page);
    expect(queued.map((row) => row.id)).toEqual([queuedId]);
  }
  // Walk away: the idle warning, then the wipe, back to the attract loop in a new document.
  await markDocument(page);
  await walkAway(page);
  await waitForWipe(page);
  if (submit) expect((await outboxRows(page)).map((row) => row.id)).toEqual([queuedId]);
  return { page, queuedId };
}

describe('kiosk leaves no trace', () => {
  for (const submit of [false, true]) {
    it(`nothing a citizen typed is on disk after the wipe — ${submit ? 'with' : 'without'} a queued encrypted submission`, async () => {
      const canary = `ZQ${Math.random().toString(36).slice(2, 10).toUpperCase()}CANARY`;
      const { context, profileDir } = await persistentBrowser();
      try {
        const { queuedId } = await citizenSession(context, canary, submit);
        await context.close(); // flushes LevelDB and the Cache Storage index to disk
        await flushIntoTables(profileDir, server.url);
        const result = scanProfile(profileDir, canary);
        expect(result.filesScanned).toBeGreaterThan(50);
        expectTablesRead(result);
        expect(result.findings).toEqual([]);
        // Positive controls on the same profile: what the kiosk does keep is found, so the
        // scan reaches where the canary would be — the terminal's enrolment, and the queued
        // item (its id sits beside the ciphertext in the outbox).
        expect(scanProfile(profileDir, testTerminal).findings.length).toBeGreaterThan(0);
        if (queuedId) expect(scanProfile(profileDir, queuedId).findings.length).toBeGreaterThan(0);
      } finally {
        await context.close().catch(() => undefined);
        rmSync(profileDir, { recursive: true, force: true });
      }
    });
  }

  it('the scan does find a canary where one is stored (a phone keeps its draft): the test can fail', async () => {
    const canary = `ZQ${Math.random().toString(36).slice(2, 10).toUpperCase()}PHONE`;
    const { context, profileDir } = await persistentBrowser();
    try {
      const page = await context.newPage();
      await page.goto('/f/opinion');
      const field = page.locator('main textarea, main input[type=text]').first();
      await field.waitFor({ timeout: 30_000 });
      await field.fill(`${canary} 下書き`);
      // The phone saves its draft after a short pause: wait until it is in IndexedDB.
      await expect.poll(() => draftsMention(page, canary), { timeout: 10_000 }).toBe(true);
      await context.close();
      await flushIntoTables(profileDir, server.url);
      const result = scanProfile(profileDir, canary);
      expectTablesRead(result);
      // Found in a LevelDB table, where the wiped session's records would be too.
      expect(result.findings.filter((f) => /\.ldb$/.test(f.file)), JSON.stringify(result.findings)).not.toEqual([]);
    } finally {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

/** Whether a saved draft holds the text, read from IndexedDB as the disk would have it. */
function draftsMention(page: Page, text: string): Promise<boolean> {
  return page.evaluate((needle) => new Promise<boolean>((resolve, reject) => {
    const open = indexedDB.open('madoguchi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      request.onsuccess = () => { resolve(JSON.stringify(request.result).includes(needle)); open.result.close(); };
      request.onerror = () => reject(request.error);
    };
  }), text);
}

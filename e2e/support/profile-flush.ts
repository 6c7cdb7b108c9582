import { statSync } from 'node:fs';
import { expect } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { viewports } from './browser';
import { files, type ProfileScan } from './profile-scan';

/**
 * Chromium is started again on the profile, and 8 MB (incompressible, in 4 KB records) go
 * into a separate IndexedDB database of the same origin, as a pack update would write:
 * LevelDB then flushes its write-ahead log — with everything the session left there,
 * deleted records included — into compressed tables. A short session alone never fills
 * the 4 MB write buffer, so without this the scan would read no table at all. No app code
 * runs (a blank page of the origin, no service worker, offline): nothing is sent.
 */
export async function flushIntoTables(profileDir: string, baseURL: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(), args: chromiumArgs, baseURL, viewport: viewports.kioskPortrait, locale: 'ja-JP',
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>flush</title>' }));
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto('/flush');
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('profile-scan-filler');
    open.onupgradeneeded = () => open.result.createObjectStore('filler');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('filler', 'readwrite');
      for (let i = 0; i < 2048; i++) tx.objectStore('filler').put(crypto.getRandomValues(new Uint8Array(4096)), i);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await closeWhenTablesSettled(context, profileDir);
}

/**
 * LevelDB compacts in the background: closing Chromium in the middle leaves a table cut
 * short, which the scan cannot read (a CI run once found a 1.3 MB one). Closes once the
 * profile's table files have stopped changing; a table that is still unreadable after this
 * is a finding, not something to wait out.
 */
export async function closeWhenTablesSettled(context: BrowserContext, profileDir: string): Promise<void> {
  await tablesSettled(profileDir);
  await context.close();
}

/** Waits (up to 20 s) until the profile's LevelDB table files keep the same names and sizes for 1.5 s. */
async function tablesSettled(profileDir: string): Promise<void> {
  const snapshot = () => tableFiles(profileDir).map((path) => `${path}:${statSync(path, { throwIfNoEntry: false })?.size ?? -1}`).join('\n');
  let last = snapshot();
  let stableSince = Date.now();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = snapshot();
    if (now !== last) { last = now; stableSince = Date.now(); } else if (Date.now() - stableSince >= 1_500) return;
  }
}

function tableFiles(dir: string): string[] {
  return [...files(dir)].filter((path) => /\.(ldb|sst|log)$/.test(path));
}

/** A scan that read the profile's LevelDB tables, with no table it could not read. */
export function expectTablesRead(scan: ProfileScan): void {
  expect(scan.tableErrors, JSON.stringify(scan.tableErrors)).toEqual([]);
  expect(scan.tablesDecoded).toBeGreaterThan(0);
  expect(scan.blocksDecoded).toBeGreaterThan(0);
}

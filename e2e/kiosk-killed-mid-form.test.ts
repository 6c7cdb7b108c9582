import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrolKiosk, startKioskServer } from './support/kiosk';
import { launchKillableChromium } from './support/killable-chromium';
import { scanProfile } from './support/profile-scan';
import { viewports } from './support/browser';

/**
 * The power goes out (or the browser crashes) while a citizen is half-way through a form:
 * no idle wipe runs, no page unloads, nothing is cleaned up. What they typed must still be
 * nowhere on the disk — not in IndexedDB, not in Chromium's session-restore files (which
 * keep form state) — and the next start must not offer it to the next person.
 */
let server: Awaited<ReturnType<typeof startKioskServer>>;
beforeAll(async () => { server = await startKioskServer(); });
afterAll(async () => { await server?.stop(); });

/** Every browser a test started, killed at its end whatever happened (they are not Playwright's to close). */
const running: Array<Awaited<ReturnType<typeof launchKillableChromium>>> = [];
async function launch(profileDir: string) {
  const chromium = await launchKillableChromium(profileDir);
  running.push(chromium);
  return chromium;
}
afterEach(async () => { await Promise.all(running.splice(0).map((c) => c.kill())); });

const newCanary = (kind: string) => `ZQ${Math.random().toString(36).slice(2, 10).toUpperCase()}${kind}`;

async function openPage(browser: Awaited<ReturnType<typeof launchKillableChromium>>['browser'], kind: 'kiosk' | 'phone'): Promise<Page> {
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? await context.newPage();
  await page.setViewportSize(kind === 'kiosk' ? viewports.kioskPortrait : viewports.phone);
  return page;
}

async function typeIntoOpinionForm(page: Page, text: string): Promise<void> {
  await page.goto(new URL('/f/opinion', server.url).href);
  const field = page.locator('main textarea, main input[type=text]').first();
  await field.waitFor({ timeout: 30_000 });
  await field.fill(text);
}

/**
 * Lets Chromium's session restore catch up with the typing before the power cut. A renderer
 * reports a tab's form state about a second after it changes (content-state sync), and the
 * session service appends commands to its file in order. So: give the report its second,
 * then open a tab whose URL carries a marker, and wait until the marker is on disk — the
 * form state reported before it is then on disk too, if Chromium keeps it at all.
 */
async function letSessionRestoreCatchUp(page: Page, profileDir: string): Promise<void> {
  await page.waitForTimeout(2_000);
  const marker = `ZQSESSIONMARK${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  const tab = await page.context().newPage();
  await tab.goto(`about:blank#${marker}`);
  const sessions = join(profileDir, 'Default', 'Sessions');
  await expect.poll(() => scanProfile(sessions, marker).findings.length, { timeout: 20_000 }).toBeGreaterThan(0);
}

describe('a kiosk killed mid-form', () => {
  it('leaves nothing a citizen typed on disk, and the next start offers nothing of it', async () => {
    const canary = newCanary('KILLED');
    const profileDir = mkdtempSync(join(tmpdir(), 'madoguchi-kiosk-killed-'));
    try {
      const first = await launch(profileDir);
      const page = await openPage(first.browser, 'kiosk');
      await enrolKiosk(page, server.url);
      await page.locator('.attract__start').click();
      await typeIntoOpinionForm(page, `${canary} 途中まで`);
      await letSessionRestoreCatchUp(page, profileDir);
      await first.kill();

      const afterKill = scanProfile(profileDir, canary);
      expect(afterKill.filesScanned).toBeGreaterThan(50);
      expect(afterKill.findings).toEqual([]);

      // The next start on the same profile: still a kiosk, and the form is empty.
      const second = await launch(profileDir);
      const again = await openPage(second.browser, 'kiosk');
      await again.goto(server.url);
      await again.locator('.attract__start').waitFor({ timeout: 30_000 });
      expect(await again.evaluate(() => document.documentElement.dataset.device)).toBe('kiosk');
      await again.locator('.attract__start').click();
      await again.goto(new URL('/f/opinion', server.url).href);
      const field = again.locator('main textarea, main input[type=text]').first();
      await field.waitFor({ timeout: 30_000 });
      expect(await field.inputValue()).toBe('');
      expect(await again.content()).not.toContain(canary);
      await second.kill();

      expect(scanProfile(profileDir, canary).findings).toEqual([]);
    } finally {
      await Promise.all(running.splice(0).map((c) => c.kill()));
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 10 });
    }
  });

  it('the same kill on a phone leaves its draft in IndexedDB and the session files: the scan after a kill finds a canary', async () => {
    const canary = newCanary('PHONEKILL');
    const profileDir = mkdtempSync(join(tmpdir(), 'madoguchi-phone-killed-'));
    try {
      const phone = await launch(profileDir);
      const page = await openPage(phone.browser, 'phone');
      await typeIntoOpinionForm(page, `${canary} 下書き`);
      await letSessionRestoreCatchUp(page, profileDir);
      // A phone saves its draft to IndexedDB 500 ms after the last keystroke; wait until it has.
      await expect.poll(() => page.evaluate(() => new Promise<number>((resolve) => {
        const open = indexedDB.open('madoguchi');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) { db.close(); resolve(0); return; }
          const count = db.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => { db.close(); resolve(count.result); };
        };
        open.onerror = () => resolve(0);
      })), { timeout: 10_000 }).toBeGreaterThan(0);
      await phone.kill();
      // Both places a kiosk must keep clean are seen to hold the text here: the app's
      // IndexedDB draft, and Chromium's session-restore copy of the form's state.
      const places = scanProfile(profileDir, canary).findings.map((f) => f.file.split('/')[1]);
      expect(places).toContain('IndexedDB');
      expect(places).toContain('Sessions');
    } finally {
      await Promise.all(running.splice(0).map((c) => c.kill()));
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 10 });
    }
  });
});

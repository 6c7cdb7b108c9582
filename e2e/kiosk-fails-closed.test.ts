import { describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { enrolKiosk, staffApi, testTerminal, useKioskSuite } from './support/kiosk';
import { closeWhenTablesSettled } from './support/profile-flush';
import { scanProfile } from './support/profile-scan';
import { viewports } from './support/browser';

/**
 * A kiosk whose identity is missing, refused, expired or unreadable must not fall back
 * to being a phone (which keeps drafts on disk and offers them to the next person): it
 * shows the operator screen, in Japanese and English, and takes no citizen input.
 */
const kiosk = useKioskSuite();

async function kioskProfile(): Promise<{ context: BrowserContext; page: Page; profileDir: string }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'madoguchi-kiosk-closed-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(), args: chromiumArgs, baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP',
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, profileDir };
}

/** What a citizen would try at a terminal that is not working: open a form and type. */
async function citizenTriesToType(page: Page, canary: string): Promise<void> {
  await page.goto('/f/opinion');
  const field = page.locator('main textarea, main input[type=text]').first();
  const shown = await field.waitFor({ timeout: 8_000 }).then(() => true, () => false);
  if (shown) await field.fill(`${canary} 下書き`);
  else await page.keyboard.type(canary);
  await page.waitForTimeout(1_500); // longer than a phone's draft debounce
}

/** The operator screen, with the given message in both languages, and nothing of the citizen's app. */
async function expectOperatorScreen(page: Page, ja: string, en: string): Promise<void> {
  const screen = page.locator('.operator-screen');
  await screen.waitFor({ timeout: 20_000 });
  expect(await screen.locator('[lang=ja]').textContent()).toContain(ja);
  expect(await screen.locator('[lang=en]').textContent()).toContain(en);
  expect(await page.evaluate(() => document.documentElement.dataset.device)).toBe('kiosk');
  expect(await page.locator('.app-header, .attract__start, main input, main textarea').count()).toBe(0);
}

function expireEnrolmentTokens(dataDir: string): void {
  const db = new Database(join(dataDir, 'madoguchi.sqlite'));
  try {
    db.prepare('update kiosks set enrol_token_expires_at = ? where enrol_token_hash is not null').run('2000-01-01T00:00:00.000Z');
  } finally {
    db.close();
  }
}

describe('a kiosk fails closed', () => {
  it('a refused enrolment token shows the operator screen, and nothing a citizen types reaches the disk', async () => {
    const canary = `ZQ${Math.random().toString(36).slice(2, 10).toUpperCase()}REFUSED`;
    const { context, page, profileDir } = await kioskProfile();
    try {
      await page.goto(`/?kiosk=${testTerminal}&token=not-a-real-token`);
      await expectOperatorScreen(page, '登録できませんでした', 'Enrolment was refused');
      await citizenTriesToType(page, canary);
      // A new page load: the refusal is history, the terminal is simply not enrolled.
      await expectOperatorScreen(page, '登録されていません', 'not enrolled');
      await closeWhenTablesSettled(context, profileDir); // flushes LevelDB and the session files to disk
      const scan = scanProfile(profileDir, canary);
      expect(scan.filesScanned).toBeGreaterThan(20);
      expect(scan.tableErrors).toEqual([]);
      expect(scan.findings).toEqual([]);
    } finally {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('an expired enrolment token shows the operator screen', async () => {
    const staff = await staffApi(kiosk.server.url);
    const token = await staff.enrolmentToken(testTerminal);
    expireEnrolmentTokens(kiosk.server.dataDir);
    const { context, page, profileDir } = await kioskProfile();
    try {
      await page.goto(`/?kiosk=${testTerminal}&token=${encodeURIComponent(token)}`);
      await expectOperatorScreen(page, '期限切れ', 'expired');
      await page.goto('/f/opinion');
      await expectOperatorScreen(page, '登録されていません', 'not enrolled');
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('enrolment while offline shows the operator screen, also after the browser restarts', async () => {
    const staff = await staffApi(kiosk.server.url);
    const token = await staff.enrolmentToken(testTerminal);
    const { context, page, profileDir } = await kioskProfile();
    try {
      // The app was opened once (the service worker has it), then the network went down.
      await page.goto('/');
      await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
      await context.setOffline(true);
      await page.goto(`/?kiosk=${testTerminal}&token=${encodeURIComponent(token)}`);
      await expectOperatorScreen(page, '登録にはネットワークが必要です', 'Enrolment needs the network');
      // Chromium is restarted by systemd on its launch URL; still no identity, still no phone UI.
      await page.goto(`/attract?kiosk=${testTerminal}`);
      await expectOperatorScreen(page, '登録されていません', 'not enrolled');
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('an IndexedDB that cannot be read at start shows the operator screen instead of a phone', async () => {
    const { context, page, profileDir } = await kioskProfile();
    try {
      await enrolKiosk(page, kiosk.server.url);
      // The disk goes bad: every open of the database fails from now on.
      await context.addInitScript(() => {
        IDBFactory.prototype.open = function open(): IDBOpenDBRequest { throw new DOMException('disk error', 'UnknownError'); };
      });
      await page.goto('/attract');
      await expectOperatorScreen(page, '読み取れません', 'cannot be read');
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

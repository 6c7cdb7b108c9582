import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { privateKeyPath } from '../../server/scripts/lib/department-keys';
import { baseURL } from './browser';
import { fileServer } from './file-server';

const root = new URL('../..', import.meta.url).pathname;
/** One password for every suite; a suite may (re)make "admin" on its file's server more than once. */
export const staffPassword = 'staff console e2e passphrase';

function staffCli(command: string, variable: string): void {
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/scripts/staff.ts'), command, 'admin'], {
    cwd: root, stdio: 'pipe', env: { ...process.env, DATA_DIR: fileServer().dataDir, DATABASE_URL: '', [variable]: staffPassword },
  });
}

/** The first admin, made by the CLI as in production; if another suite made it, its password is set again. */
export function ensureStaffAdmin(): void {
  try {
    staffCli('create-admin', 'MADOGUCHI_ADMIN_PASSWORD');
  } catch {
    staffCli('reset-password', 'MADOGUCHI_STAFF_PASSWORD');
  }
}

/** An office PC: a desktop window, Japanese, downloads allowed. */
export function staffContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseURL(), viewport: { width: 1366, height: 900 }, locale: 'ja-JP', acceptDownloads: true });
}

export const staffHeading = (page: Page) => page.locator('main h1');

export async function staffLogIn(page: Page): Promise<void> {
  await page.getByLabel('ユーザー名').fill('admin');
  await page.getByLabel('パスワード').fill(staffPassword);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect.poll(() => staffHeading(page).textContent()).toBe('受付一覧');
}

/** Picks the department's private key file, as a clerk does; it stays in the page only. */
export async function loadDepartmentKey(page: Page, keyId: string): Promise<void> {
  await page.locator('#staff-key-file').setInputFiles(privateKeyPath(keyId, process.env));
  await page.getByText(`鍵 ${keyId} を読み込みました。`).waitFor();
}

/** Clicks "export CSV" on the list and returns the file's lines after its UTF-8 BOM (which it checks). */
export async function exportCsv(page: Page): Promise<{ lines: string[]; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV を書き出す' }).click()]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { lines: bytes.subarray(3).toString('utf8').split('\r\n'), download };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { startBuiltServer, type RunningServer } from './support/start-server';
import { copyContentAndPack, editFile, publishRollback, rebuildPack } from './support/content-pack';
import { publish, publishResigned, readPublished } from './support/resign-pack';

/**
 * Content packs end to end, on a server of their own whose pack this file may
 * rebuild or tamper with: install, offline reading and search, delta updates,
 * refusal of a tampered, a replayed and an expired pack, the signed way back.
 */
let browser: Browser;
let server: RunningServer;
let contentDir: string;
let packsDir: string;

beforeAll(async () => {
  ({ contentDir, packsDir } = copyContentAndPack());
  server = await startBuiltServer({ PACKS_DIR: packsDir });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ManifestFile { path: string; sha256: string; bytes: number }
const readManifest = (dir: string) => (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files;
function changedObjects(before: ManifestFile[], after: ManifestFile[]): ManifestFile[] {
  const old = new Set(before.map((f) => f.sha256));
  return after.filter((f) => !old.has(f.sha256));
}

async function openWithPack(page: Page): Promise<void> {
  await page.goto('/guides');
  await page.locator('.guide-link').first().waitFor({ timeout: 30_000 });
}

const shownVersion = async (page: Page) => (await page.locator('.pack-footer__version').textContent())?.replace(/^.*コンテンツ版 /, '');

/** Reloads and waits until the screens show another pack version than `before`. */
async function reloadUntilVersionChanges(page: Page, before: string | undefined): Promise<string | undefined> {
  await page.reload();
  await page.waitForFunction((v) => {
    const now = document.querySelector('.pack-footer__version')?.textContent;
    return !!now && !now.endsWith(` ${v}`);
  }, before, { timeout: 30_000 });
  return shownVersion(page);
}

describe('content packs', () => {
  it('a pack stored on first visit makes every content screen and search work offline', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'ja-JP' });
    const page = await context.newPage();
    await openWithPack(page);
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);

    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body table').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('住民票の写しを請求する');
    await page.goto('/faq');
    await page.locator('.faq__item').first().click();
    expect(await page.locator('.faq__item[open] .faq__answer').count()).toBe(1);
    await page.goto('/ordinances/library-ordinance');
    await page.locator('.ordinance__article').first().waitFor();
    await page.goto('/facilities/onahama-shisho');
    await page.locator('.open-badge').waitFor();
    await page.goto('/events');
    await page.locator('main h1').waitFor();
    expect(await page.locator('.pack-footer__as-of').textContent()).toMatch(/時点の情報です/);

    // Search without spaces, by reading: 「ひなんじょ」 finds pages about 避難所.
    await page.goto('/search?q=ひなんじょ');
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit__title').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/避難/)]));
    await page.goto('/search?q=住民票');
    await page.locator('.search-hit mark').first().waitFor();
    await context.close();
  });

  it('after one guide changes on the server, only that guide\'s file (its search segment inside) is downloaded, compressed', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'ja-JP' });
    const page = await context.newPage();
    await openWithPack(page);
    const before = await page.locator('.pack-footer').textContent();

    const manifestBefore = readManifest(packsDir);
    editFile(join(contentDir, 'guides/juminhyo-copy.md'), (text) => text.replace('## 手数料', '## 手数料（2026年12月改定）'));
    rebuildPack(contentDir, packsDir);

    const changed = changedObjects(manifestBefore, readManifest(packsDir));
    // The guide's file carries its own search segment: nothing else changed.
    expect(changed.map((f) => f.path).sort()).toEqual(['guides/juminhyo-copy.ja.json']);

    const fetched: Array<{ url: string; wireBytes: Promise<number> }> = [];
    page.on('requestfinished', (r) => {
      if (r.url().includes('/packs/objects/')) fetched.push({ url: r.url(), wireBytes: r.sizes().then((s) => s.responseBodySize) });
    });
    const versionBefore = await page.locator('.pack-footer__version').textContent();
    await page.reload();
    // Let this page finish its update: a navigation that cut it short would make the next
    // page download the same files again, and the count would measure the race, not the delta.
    await page.waitForFunction((v) => {
      const now = document.querySelector('.pack-footer__version')?.textContent;
      return !!now && now !== v;
    }, versionBefore, { timeout: 30_000 });
    await page.goto('/guides/juminhyo-copy');
    await page.locator('h2', { hasText: '2026年12月改定' }).waitFor({ timeout: 30_000 });
    // Only the changed objects travel, compressed; the other 100-odd files are reused locally.
    expect(fetched.map((f) => f.url.split('/').pop()).sort()).toEqual(changed.map((f) => `${f.sha256}.json`).sort());
    const wire = (await Promise.all(fetched.map((f) => f.wireBytes))).reduce((a, b) => a + b, 0);
    const plain = changed.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`one-guide delta: ${fetched.length} files, ${plain} bytes of JSON, ${wire} bytes on the wire`);
    expect(wire).toBeLessThan(plain / 2);
    expect(before).toBeTruthy();
    await context.close();
  });

  it('a pack whose manifest was changed after signing is refused and the current one stays', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'ja-JP' });
    const page = await context.newPage();
    await openWithPack(page);
    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body').waitFor();
    const title = await page.locator('main h1').textContent();

    // An attacker (or a broken mirror) swaps a guide's hash in the manifest without the city's key.
    editFile(join(packsDir, 'manifest.json'), (text) => text.replace(/"createdAt":"[^"]+"/, '"createdAt":"2030-01-01T00:00:00Z"'));
    await page.reload();
    await page.locator('.pack-footer__problem').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pack-footer__problem').textContent()).toContain('署名が正しくない');
    await page.locator('.guide__body').waitFor();
    expect(await page.locator('main h1').textContent()).toBe(title);
    await page.goto('/faq');
    await page.locator('.faq__item').first().waitFor();
    await context.close();
    rebuildPack(contentDir, packsDir); // restore a valid pack for any later test
  });

  it('a replayed older signed pack is refused and the current one stays; only a signed rollback brings old content back', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('h2', { hasText: 'ご注意' }).waitFor({ timeout: 30_000 });
    const old = readPublished(packsDir);
    const oldVersion = (JSON.parse(old.json.toString('utf8')) as { version: string }).version;
    expect(await shownVersion(page)).toBe(oldVersion);

    // The city publishes a correction; the phone takes it.
    editFile(join(contentDir, 'guides/juminhyo-copy.md'), (text) => text.replace('## ご注意', '## ご注意（訂正版）'));
    rebuildPack(contentDir, packsDir);
    const current = await reloadUntilVersionChanges(page, oldVersion);
    await page.locator('h2', { hasText: '訂正版' }).waitFor();

    // A stale mirror (or an attacker) serves the earlier manifest again, validly signed.
    publish(packsDir, old);
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/packs/objects/')) fetched.push(r.url()); });
    await page.reload();
    await page.locator('.pack-footer__problem').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pack-footer__problem').textContent()).toBe('受け取った情報が、いま表示している情報より古いため、使いませんでした。');
    await page.locator('h2', { hasText: '訂正版' }).waitFor();
    expect(await shownVersion(page)).toBe(current);
    expect(fetched).toEqual([]); // refused on its manifest alone

    // The city really wants the old text back: a rollback, signed now, is taken.
    publishRollback(packsDir, oldVersion);
    const rolledBack = await reloadUntilVersionChanges(page, current);
    expect(rolledBack).toMatch(new RegExp(`-rollback-to-${oldVersion.replace(/[.+]/g, '\\$&')}$`));
    await page.locator('h2', { hasText: 'ご注意' }).waitFor();
    expect(await page.locator('h2', { hasText: '訂正版' }).count()).toBe(0);
    await context.close();
  });

  it('an expired pack is refused; content that expires on the device is flagged on screen', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'ja-JP' });
    await context.clock.install(); // the device's clock runs past the expiry at once (fastForward below)
    const page = await context.newPage();
    await openWithPack(page);
    const before = await shownVersion(page);

    // A newer manifest, but past its validity: a frozen copy kept alive by a broken server.
    const expired = await publishResigned(packsDir, (m) => ({
      version: `${m.version}-x`, createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() - 60_000).toISOString(), files: m.files,
    }));
    await page.reload();
    await page.locator('.pack-footer__problem').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pack-footer__problem').textContent()).toBe('受け取った情報は有効期限が切れていたため、使いませんでした。');
    expect(await shownVersion(page)).toBe(before);
    expect(await page.locator('.pack-footer__expired').count()).toBe(0);
    expired.restore();

    // A valid pack that runs out while the device holds it: the server then stops publishing.
    const expiresAt = Date.now() + 20_000;
    const shortLived = await publishResigned(packsDir, (m) => ({
      version: `${m.version}-y`, createdAt: new Date().toISOString(), expiresAt: new Date(expiresAt).toISOString(), files: m.files,
    }));
    await reloadUntilVersionChanges(page, before);
    expect(await page.locator('.pack-footer__expired').count()).toBe(0);
    await page.clock.fastForward(Math.max(0, expiresAt - Date.now()) + 500);
    await page.reload();
    await page.locator('.pack-footer__expired').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pack-footer__expired').textContent()).toMatch(/^この情報は市が定める有効期限（\d{4}年\d{1,2}月\d{1,2}日）を過ぎています。/);
    expect(await shownVersion(page)).toBe(shortLived.manifest.version);
    shortLived.restore();
    await context.close();
  });
});

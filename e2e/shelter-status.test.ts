import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { request, type Page } from 'playwright-core';
import { adminPassword, enrolKiosk, useKioskSuite } from './support/kiosk';
import { viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { keepScreenshot } from './support/shots';

const root = new URL('..', import.meta.url).pathname;
const keeperPassword = 'shelter keeper e2e passphrase';

/**
 * 開設状況 on the day: a tsunami warning is in force; staff at 小名浜第一中学校 (the nearest
 * tsunami site to 小名浜支所) mark it full from a phone. The kiosk at the 支所, showing the
 * 津波 list, shows it full within 10 s and sends people to the next open site; with the
 * network gone it keeps showing that, saying it is the last-known status and its time.
 */
const kiosk = useKioskSuite(async (server) => {
  // A shelter-only account, made by the operator's CLI as in production.
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/scripts/staff.ts'), 'create-user', 'hinan', '--role', 'shelter'], {
    cwd: root, stdio: 'pipe', env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: '', MADOGUCHI_STAFF_PASSWORD: keeperPassword },
  });
  const api = await request.newContext({ baseURL: server.url, extraHTTPHeaders: { origin: server.url } });
  const login = await api.post('/api/staff/login', { data: { username: 'admin', password: adminPassword } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const posted = await api.post('/api/staff/notices', {
    headers: { 'x-csrf-token': csrfToken },
    data: { severity: 'emergency', hazard: 'tsunami', message: { ja: '津波警報が発表されました。' }, targets: 'all', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
  });
  if (!posted.ok()) throw new Error(`notice: ${posted.status()} ${await posted.text()}`);
  await api.dispose();
});

const cardNames = (page: Page) => page.locator('.site-card__name').allTextContents();

describe('shelter status from a staff phone to the kiosk', () => {
  it('a shelter marked full shows full on the kiosk within 10 s, the nearest answer moves on, and offline it stays with its time', async () => {
    const kioskContext = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const screen = await kioskContext.newPage();
    await enrolKiosk(screen, kiosk.server.url, 'onahama-shisho-01');
    // The offline part reloads: the service worker must hold the app first, as on a kiosk in service.
    await screen.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 60_000 });
    if (!(await screen.evaluate(() => !!navigator.serviceWorker.controller))) await screen.reload();
    await screen.waitForFunction(() => !!navigator.serviceWorker.controller);
    await screen.locator('.attract-card--alert').click({ timeout: 30_000 });
    await screen.waitForFunction(() => location.pathname === '/disaster');
    await screen.locator('.site-card').first().waitFor();
    expect((await cardNames(screen))[0]).toContain('小名浜第一中学校');

    // The staff phone: the console at 390×844, touch only.
    const phoneContext = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.phone, locale: 'ja-JP', hasTouch: true, isMobile: true });
    const phone = await phoneContext.newPage();
    await phone.goto('/staff');
    await phone.getByLabel('ユーザー名').fill('hinan');
    await phone.getByLabel('パスワード').fill(keeperPassword);
    await phone.getByRole('button', { name: 'ログイン' }).tap();
    await expect.poll(() => phone.locator('main h1').textContent(), { timeout: 30_000 }).toBe('避難所の開設状況');
    // Shelter staff see one page and nothing else.
    expect(await phone.locator('.staff-bar__link').allTextContents()).toEqual(['避難所の状況']);
    await phone.getByLabel('避難所を探す（名前・よみ）').fill('おなはまだいいちちゅう');
    await phone.getByRole('button', { name: '小名浜第一中学校: 選ぶ' }).tap({ timeout: 30_000 });
    await phone.getByLabel('避難している人数（わかるときだけ）').fill('612');
    const full = phone.getByRole('button', { name: '満員' });
    const box = (await full.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64); // a thumb's target on a phone in a hurry
    expect(await axeViolations(phone)).toEqual([]);
    await keepScreenshot(phone, 'shelter-console-phone');
    const pressedAt = Date.now();
    await full.tap();
    await phone.getByText('「満員」を登録しました').waitFor();

    // The kiosk, untouched: the full shelter leaves the top of the list within 10 s.
    await expect.poll(async () => (await cardNames(screen))[0], { timeout: 10_000, interval: 250 }).not.toContain('小名浜第一中学校');
    const seconds = (Date.now() - pressedAt) / 1000;
    console.info(`shelter status reached the kiosk in ${seconds.toFixed(1)} s`);
    expect((await cardNames(screen))[0]).toContain('小名浜東小学校');
    const skipped = screen.locator('.shelter-skipped');
    expect(await skipped.textContent()).toContain('小名浜第一中学校');
    expect(await skipped.locator('.shelter-badge--full').textContent()).toMatch(/×\s*満員.*612 人.*\d{1,2}:\d{2} 時点/);
    // The status badges (symbol, word, colour) pass axe where citizens read them.
    expect(await axeViolations(screen)).toEqual([]);
    await keepScreenshot(screen, 'shelter-full-kiosk-list');

    // The network goes: the kiosk keeps the last-known status and says how old it is.
    await kioskContext.setOffline(true);
    await screen.locator('.shelter-last-known').waitFor({ timeout: 15_000 });
    expect(await screen.locator('.shelter-last-known').textContent()).toMatch(/最後に受け取った情報です（(たった今|\d+ 分前)）/);
    expect(await skipped.locator('.shelter-badge--full').textContent()).toContain('満員');
    expect((await cardNames(screen))[0]).toContain('小名浜東小学校');
    // Reloaded with no network (a wipe reloads), it shows the same from what it kept.
    await screen.reload();
    await screen.locator('.shelter-last-known').waitFor({ timeout: 30_000 });
    expect(await screen.locator('.shelter-skipped .shelter-badge--full').textContent()).toMatch(/満員.*\d{1,2}:\d{2} 時点/);
    await keepScreenshot(screen, 'shelter-full-kiosk-offline');
    await phoneContext.close();
    await kioskContext.close();
  }, 180_000);
});

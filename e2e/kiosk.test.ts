import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { adminPassword, enrolKiosk, markDocument, staffApi, storedActivePack, useKioskSuite, testTerminal, waitForWipe, walkAway } from './support/kiosk';
import { publishEditedPack } from './support/resign-pack';
import { inspectPrintout, mmToPt, pdfPageSizes, savePdf } from './support/print';
import { editFile, rebuildPackInBackground } from './support/content-pack';
import { viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { keepScreenshot } from './support/shots';
import { openInApp } from './support/kiosk-touch';

/**
 * A kiosk is shared by strangers and nobody watches it: enrolment, the idle warning,
 * updates that wait for the wipe, revocation. (The no-trace scan is kiosk-no-trace.test.ts.)
 */
const kiosk = useKioskSuite();

async function kioskPage() {
  const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
  // Idle time passes on Playwright's clock (walkAway), not in real seconds.
  await context.clock.install();
  const page = await context.newPage();
  await enrolKiosk(page, kiosk.server.url);
  return { context, page };
}

describe('kiosk', () => {
  it('enrols once, starts on the attract loop, and a touch starts a session with kiosk-sized targets', async () => {
    const { context, page } = await kioskPage();
    expect(await page.evaluate(() => document.documentElement.dataset.device)).toBe('kiosk');
    expect(new URL(page.url()).search).toBe(''); // the enrolment token left the address bar
    await page.locator('.attract__start').waitFor();
    await keepScreenshot(page, 'kiosk-attract-1080x1920');
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    const smallest = await page.evaluate(() => Math.min(...Array.from(document.querySelectorAll('main a, main button, header a, header button'))
      .map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => Math.min(r.width, r.height))));
    expect(smallest).toBeGreaterThanOrEqual(64);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a guide prints on the terminal’s 80 mm roll: narrow, whole, without the screen’s buttons', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body table').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.paper)).toBe('80mm'); // printer: true
    await page.getByRole('button', { name: 'この案内を印刷' }).waitFor();
    const facts = await inspectPrintout(page, 72, 'guide-80mm'); // printable width of an 80 mm roll
    expect(facts).toMatchObject({ overflowing: 0, header: false, buttons: false, printLink: true, headingColor: 'rgb(0, 0, 0)' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(Math.abs(pdfPageSizes(pdf)[0]![0] - mmToPt(80))).toBeLessThan(2);
    await savePdf(pdf, 'guide-80mm');
    await context.close();
  });

  it('the on-screen kana keyboard types into a form field and the search box, with dakuten, and closes with 完了', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.goto('/f/opinion');
    const subject = page.getByLabel(/件名/);
    await subject.click({ timeout: 30_000 });
    const keyboard = page.getByRole('region', { name: '文字入力キーボード' });
    await keyboard.waitFor();
    // No system keyboard on top of ours, and the field keeps the focus while keys are pressed.
    expect(await subject.getAttribute('inputmode')).toBe('none');
    const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
    for (const k of ['か', '濁点・半濁点・小さい文字', 'い', 'こ', 'く']) await key(k).click();
    expect(await subject.inputValue()).toBe('がいこく');
    expect(await subject.evaluate((field) => field === document.activeElement)).toBe(true);
    await keepScreenshot(page, 'kiosk-keyboard-1080x1920');
    expect(await axeViolations(page)).toEqual([]);
    await key('完了').click();
    await keyboard.waitFor({ state: 'detached' });

    const search = page.locator('#search-q');
    await search.click();
    await keyboard.waitFor();
    for (const k of ['こ', 'め']) await key(k).click();
    expect(await search.inputValue()).toBe('こめ');
    await key('キーボードを閉じる').click();
    await keyboard.waitFor({ state: 'detached' });
    await context.close();
  });

  it('a Vietnamese and a Korean reader type their own script on the on-screen keyboard into a form field', async () => {
    const cases = [
      { language: 'Tiếng Việt', keys: ['p', 'h', 'i', 'e', 'Dấu mũ (â, ê, ô)', 'Dấu sắc', 'u', 'Dấu cách', 'c', 'u', 'Dấu móc (ơ, ư)', 'Dấu cách', 't', 'r', 'u', 'Dấu sắc'], typed: 'phiếu cư trú' },
      { language: '한국어', keys: ['ㅈ', 'ㅜ', 'ㅁ', 'ㅣ', 'ㄴ', 'ㄷ', 'ㅡ', 'ㅇ', 'ㄹ', 'ㅗ', 'ㄱ'], typed: '주민등록' },
    ];
    for (const { language, keys, typed } of cases) {
      const { context, page } = await kioskPage(); // one citizen each
      await page.locator('.attract__start').click();
      // A kiosk keeps the language in memory only: move as links do, without a reload.
      await openInApp(page, '/language');
      await page.getByRole('button', { name: language }).click();
      await page.waitForURL(/\/$/);
      await openInApp(page, '/f/opinion');
      const field = page.locator('main input[type=text]').first();
      await field.click({ timeout: 30_000 });
      const keyboard = page.locator('.osk');
      await keyboard.waitFor();
      for (const name of keys) await keyboard.getByRole('button', { name, exact: true }).click();
      expect(await field.inputValue()).toBe(typed);
      if (language === '한국어') await keepScreenshot(page, 'kiosk-keyboard-hangul-1080x1920');
      await context.close();
    }
  });

  it('the idle warning counts down, and "continue" keeps the session', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.goto('/guides');
    await page.locator('.guide-link').first().waitFor();
    await page.clock.runFor(15_500); // the test terminal warns after 15 s without a touch
    await page.locator('.idle-warning').waitFor();
    // Quick: the countdown is only 5 s on this test terminal.
    const count = await page.locator('.idle-warning__count').textContent();
    await keepScreenshot(page, 'kiosk-idle-warning-1080x1920');
    await page.locator('.idle-warning__continue').click();
    expect(count).toMatch(/^[1-5]$/);
    await page.locator('.idle-warning').waitFor({ state: 'detached' });
    // The session lives on past the old deadline: the next warning comes a whole idle
    // period later, on the same screen of the same document (a wipe reloads into attract).
    await markDocument(page);
    // 12 s, not 14.9: real time still passes between the steps of the test.
    await page.clock.runFor(12_000);
    expect(await page.locator('.idle-warning').count()).toBe(0);
    await page.clock.runFor(3_500);
    await page.locator('.idle-warning').waitFor();
    expect(new URL(page.url()).pathname).toBe('/guides');
    expect(await page.evaluate(() => (window as { beforeWipe?: true }).beforeWipe)).toBe(true);
    await context.close();
  });

  it('without "continue" the session is wiped back to the attract loop', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.locator('.home__tiles').waitFor();
    await page.goto('/settings');
    await page.locator('main .display-controls__size--2').click();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).not.toBe('0');
    // The wipe ends with a reload; read the page once the new document is up.
    await markDocument(page);
    await walkAway(page);
    await waitForWipe(page);
    // The next citizen starts from the terminal's defaults, not from the last person's choices.
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('0');
    await context.close();
  });

  it('a content update arriving mid-form is applied only after the wipe, and the answers stay as typed until then', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body').waitFor();
    const versionBefore = await page.locator('.pack-footer__version').textContent();
    const storedBefore = await storedActivePack(page);
    expect(storedBefore).toBeDefined();
    await page.evaluate(() => { history.pushState(null, '', '/f/opinion'); dispatchEvent(new PopStateEvent('popstate')); });
    const subject = page.getByLabel(/件名/);
    await subject.waitFor({ timeout: 30_000 });

    editFile(join(kiosk.server.contentDir, 'guides/juminhyo-copy.md'), (t) => t.replace('## 手数料', '## 手数料（改定版）'));
    // The citizen keeps typing while the city publishes the new pack.
    let published = false;
    const publishing = rebuildPackInBackground(kiosk.server.contentDir, kiosk.server.packsDir, { KIOSK_CONFIG_DIR: kiosk.server.kioskDir }).then(() => { published = true; });
    let typed = '';
    for (let n = 0; !published; n++) {
      typed += `${n % 10}`;
      await subject.press(`${n % 10}`); // typing counts as activity
      // A key every 2 s keeps the session alive; stop as soon as the pack is out.
      await Promise.race([publishing, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    }
    await publishing;
    // The network drops and returns: the app checks for a new pack at once, and installs it.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => storedActivePack(page), { timeout: 30_000 }).not.toBe(storedBefore);
    await subject.press('x');
    expect(await subject.inputValue()).toBe(`${typed}x`);
    expect(await page.locator('.pack-footer__version').textContent()).toBe(versionBefore);

    await markDocument(page);
    await walkAway(page);
    await waitForWipe(page);
    await page.locator('.attract__start').click();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('h2', { hasText: '改定版' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.pack-footer__version').textContent()).not.toBe(versionBefore);
    await context.close();
  });

  it('a signed update whose config for this kiosk is invalid is rolled back: citizens keep the old pack, the fleet page says why', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body').waitFor();
    const versionBefore = await page.locator('.pack-footer__version').textContent();
    await markDocument(page); // before the idle clock can run out: the wipe below is told by its reload

    // The city's build let through an idle timeout below the schema's minimum (15 s).
    const published = await publishEditedPack(kiosk.server.packsDir, `kiosks/${testTerminal}.json`,
      (config) => ({ ...(config as object), idle: { timeoutSeconds: 5, warningSeconds: 5 } }));
    try {
      const fetched: string[] = [];
      page.on('request', (r) => { if (r.url().includes('/packs/objects/')) fetched.push(r.url()); });
      await context.setOffline(true);
      await context.setOffline(false); // the app checks for a new pack at once
      await page.locator('.pack-footer__problem').waitFor({ timeout: 15_000 });
      expect(await page.locator('.pack-footer__problem').textContent()).toContain('前の情報を表示しています');
      expect(fetched).toHaveLength(1); // the one changed document, then rolled back

      // The wipe reloads into the attract loop, on the old pack, not on an operator screen.
      fetched.length = 0;
      await walkAway(page);
      await waitForWipe(page);
      expect(await page.locator('.operator-screen').count()).toBe(0);
      await page.locator('.attract__start').click();
      await page.goto('/guides/juminhyo-copy');
      await page.locator('.guide__body').waitFor();
      expect(await page.locator('.pack-footer__version').textContent()).toBe(versionBefore);
      expect(fetched).toEqual([]); // the refused version is not downloaded again

      // Staff see which terminal refused what, in words.
      const office = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: { width: 1366, height: 900 }, locale: 'ja-JP' });
      const staff = await office.newPage();
      await staff.goto('/staff');
      await staff.getByLabel('ユーザー名').fill('admin');
      await staff.getByLabel('パスワード').fill(adminPassword);
      await staff.getByRole('button', { name: 'ログイン' }).click();
      await staff.getByRole('link', { name: '端末の状態' }).click();
      const row = staff.locator('tr', { has: staff.getByRole('rowheader', { name: new RegExp(testTerminal) }) });
      await row.locator('.staff-pack-rejected').waitFor({ timeout: 20_000 });
      expect(await row.locator('.staff-pack-rejected').textContent())
        .toBe(`コンテンツ ${published.version} は使えないため受け取りを取り消し、${versionBefore?.replace(/^.*コンテンツ版 /, '')} に戻しました（この端末の設定に誤り: kiosks/${testTerminal}.json）。`);
      await office.close();
    } finally {
      published.restore();
      await context.close();
    }
  });

  it('a kiosk in use through two pack installs still reads the version it shows', async () => {
    const { context, page } = await kioskPage();
    await page.locator('.attract__start').click();
    await page.goto('/guides/juminhyo-copy');
    await page.locator('.guide__body').waitFor();
    const versionBefore = await page.locator('.pack-footer__version').textContent();
    const stillHere = () => page.keyboard.press('Shift'); // a citizen still at the screen: no idle wipe
    const installBehind = async (edition: number) => {
      const published = await publishEditedPack(kiosk.server.packsDir, 'meta.json', (meta) => ({ ...(meta as object), edition }));
      await context.setOffline(true);
      await context.setOffline(false); // the app checks for a new pack at once
      await expect.poll(async () => { await stillHere(); return storedActivePack(page); }, { timeout: 20_000, interval: 1_000 }).toBe(published.version);
      return published;
    };
    const first = await installBehind(1);
    let second: Awaited<ReturnType<typeof installBehind>> | undefined;
    try {
      second = await installBehind(2);
      // Two versions later the screens still read the one the session started with.
      await page.evaluate(() => { history.pushState(null, '', '/guides/inkan-registration'); dispatchEvent(new PopStateEvent('popstate')); });
      await page.locator('.guide__body').waitFor({ timeout: 10_000 });
      expect(await page.locator('main').textContent()).not.toContain('この情報は見つかりませんでした');
      expect(await page.locator('.pack-footer__version').textContent()).toBe(versionBefore);
    } finally {
      second?.restore();
      first.restore();
      await context.close();
    }
  });

  it('a revoked terminal is refused by the server and says so instead of showing data', async () => {
    const { context, page } = await kioskPage();
    const staff = await staffApi(kiosk.server.url);
    await staff.revoke(testTerminal);
    await page.reload();
    await page.getByText('この端末は無効化されました').waitFor({ timeout: 20_000 });
    const token = await page.evaluate(() => new Promise<string>((resolve) => {
      const open = indexedDB.open('madoguchi');
      open.onsuccess = () => {
        const get = open.result.transaction('settings').objectStore('settings').get('kiosk');
        get.onsuccess = () => resolve((get.result as { value: { deviceToken: string } }).value.deviceToken);
      };
    }));
    const notices = await context.request.get('/api/kiosks/notices', { headers: { authorization: `Bearer ${token}` } });
    expect(notices.status()).toBe(401);
    await context.close();
  });
});

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encryptAnswers } from '../src/lib/forms/encrypt';
import { uuidv7 } from '../src/lib/forms/uuidv7';
import { axeViolations } from './support/axe';
import { baseURL, launchBrowser, newContext } from './support/browser';
import { ensureStaffAdmin, exportCsv, loadDepartmentKey, staffContext, staffHeading, staffLogIn } from './support/staff';

const keyId = 'gomi-genryo-2026';
/** Ten days on, in Japan: the form takes collection dates a week to two months ahead. */
const inTenDays = new Date(Date.now() + 9 * 3_600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
/** Every required answer, as the app would send them: the export's 確認 column stays empty. */
const answers = {
  itemKinds: ['chest', 'bed'],
  itemCount: 2,
  itemNotes: 'E2E-確認: 幅 90cm のたんす',
  preferredDate: inTenDays,
  collectionPlace: 'entrance',
  name: { name: '磐城 太郎', kana: 'イワキ タロウ' },
  postalCode: '970-8026',
  address: 'いわき市平字梅本 21',
  phone: '0246-22-1111',
  consent: true,
};
/** Set MADOGUCHI_SCREENSHOTS=<dir> to keep PNGs of the console's screens for a person to look at. */
const shotsDir = process.env.MADOGUCHI_SCREENSHOTS;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let receiptNumber: string;

/** A citizen's submission as the app sends it: answers sealed to the department's public key. */
async function submitBulkyWaste(): Promise<string> {
  const publicJwk = JSON.parse(readFileSync(new URL(`../content/keys/${keyId}.public.jwk.json`, import.meta.url), 'utf8'));
  const id = uuidv7();
  const payload = { id, formId: 'bulky-waste', formVersion: 1, keyId, lang: 'ja', submittedAt: new Date().toISOString(), channel: 'phone', answers };
  const response = await fetch(`${baseURL()}/api/submissions/${id}`, {
    method: 'PUT', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ formId: 'bulky-waste', ciphertext: await encryptAnswers(payload, publicJwk, keyId) }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { receiptNumber: string }).receiptNumber;
}

async function look(name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  // From the top: the app's sticky header would otherwise be drawn mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, `staff-${name}.png`), fullPage: true });
}

const h1 = () => staffHeading(page);

beforeAll(async () => {
  ensureStaffAdmin();
  receiptNumber = await submitBulkyWaste();
  browser = await launchBrowser();
  context = await staffContext(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the staff console', () => {
  it('logs in, decrypts a citizen’s submission in the browser, marks it processed and exports CSV', async () => {
    await page.goto('/staff');
    await expect.poll(() => h1().textContent()).toBe('職員コンソールにログイン');
    expect(await axeViolations(page)).toEqual([]);
    await look('login');

    await staffLogIn(page);

    await page.getByLabel('申請の種類').selectOption('bulky-waste');
    const row = page.locator('tr', { has: page.getByRole('link', { name: receiptNumber }) });
    // The form's title comes from the content pack, which the app fetches in the background.
    await row.getByText('粗大ごみ（大型ごみ）収集の申し込み').waitFor({ timeout: 30_000 });
    await loadDepartmentKey(page, keyId);
    await row.getByText('読み込み済み').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await look('list');

    await row.getByRole('link', { name: receiptNumber }).click();
    await expect.poll(() => h1().textContent()).toBe(`受付番号 ${receiptNumber}`);
    const answer = (label: string) => page.getByRole('row', { name: label, exact: false }).locator('td').first();
    await page.getByRole('rowheader', { name: '氏名', exact: true }).waitFor();
    expect(await answer('氏名（フリガナ）').textContent()).toContain('イワキ タロウ');
    // One option per line: 「たんす・棚」 is one option, and the line break says where the next begins.
    expect(await answer('品目').innerText()).toContain('たんす・棚\nベッド・マットレス');
    expect(await page.getByRole('rowheader', { name: '氏名', exact: true }).locator('xpath=following-sibling::td').textContent()).toContain('磐城 太郎');
    expect(await axeViolations(page)).toEqual([]);
    await look('submission');

    // Asks first, naming the receipt; then offers an undo, which the server honours.
    await page.getByRole('button', { name: '処理済みにする' }).click();
    await page.getByText(`受付番号 ${receiptNumber} を処理済みにします。`, { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await look('confirm-processed');
    await page.getByRole('button', { name: 'はい、処理済みにする' }).click();
    await page.getByRole('button', { name: /^元に戻す（あと \d+ 秒）$/ }).click();
    await page.getByText('未処理に戻しました。').waitFor();
    expect(await page.locator('.staff-facts').textContent()).toContain('未処理');
    await page.getByRole('button', { name: '処理済みにする' }).click();
    await page.getByRole('button', { name: 'はい、処理済みにする' }).click();
    await page.getByRole('button', { name: '処理済みにする' }).waitFor({ state: 'detached' });
    expect(await page.locator('.staff-facts').textContent()).toContain('処理済み');

    // In-app navigation: a reload would (rightly) forget the key.
    await page.getByRole('link', { name: '受付一覧に戻る' }).click();
    await expect.poll(() => h1().textContent()).toBe('受付一覧');
    const { lines, download } = await exportCsv(page);
    expect(lines[0]).toContain('受付番号,受付日時,状態,確認,品目');
    expect(lines[0]).toContain('氏名,氏名（フリガナ）');
    const mine = lines.find((line) => line.startsWith(receiptNumber));
    expect(mine).toContain('処理済み,,"たんす・棚\nベッド・マットレス",,2,E2E-確認: 幅 90cm のたんす');
    expect(mine).toContain('磐城 太郎,イワキ タロウ');
    expect(download.suggestedFilename()).toMatch(/^bulky-waste-\d{8}-\d{4}\.csv$/);
  });

  it('shows a kiosk enrolled with a token issued on the fleet page, whether its pack is behind, and revokes it', async () => {
    await page.getByRole('link', { name: '端末の状態' }).click();
    await expect.poll(() => h1().textContent()).toBe('端末の状態');
    await page.getByLabel('端末 ID').fill('e2e-staff-kiosk');
    await page.getByLabel('設置場所').fill('平支所（試験）');
    await page.getByRole('button', { name: 'トークンを発行' }).click();
    const token = (await page.locator('.staff-enrolment code').first().textContent()) ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await page.getByRole('img', { name: 'e2e-staff-kiosk の登録用 QR コード' }).waitFor();
    await look('enrolment');

    const enrol = await page.request.post('/api/kiosks/enrol', { data: { kioskId: 'e2e-staff-kiosk', enrolmentToken: token } });
    expect(enrol.status()).toBe(200);
    const { deviceToken } = (await enrol.json()) as { deviceToken: string };
    const heartbeat = await page.request.post('/api/kiosks/heartbeat', {
      headers: { authorization: `Bearer ${deviceToken}` },
      data: { appVersion: '0.1.0', packVersion: 'an-old-pack', outboxDepth: 3, storage: { usage: 52_428_800, quota: 1_073_741_824 }, online: { since: null, offlineEvents: 0 } },
    });
    expect(heartbeat.status()).toBe(200);

    await page.reload();
    const row = page.locator('tr', { has: page.getByRole('rowheader', { name: /e2e-staff-kiosk/ }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('正常');
    expect(await row.textContent()).toMatch(/\d+ 秒前|今/);
    expect(await row.locator('.staff-behind').textContent()).toContain('遅れ');
    expect(await row.textContent()).toContain('50 MB / 1 GB');
    expect(await axeViolations(page)).toEqual([]);
    await look('fleet');

    // Retired again, so the rest of the suite does not share the server with it.
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: '停止 e2e-staff-kiosk' }).click();
    await row.getByText('停止済み').waitFor();
  });

  it('posts a tsunami notice that phones open on the 津波 evacuation list, and withdraws it', async () => {
    await page.getByRole('link', { name: 'お知らせ' }).click();
    await expect.poll(() => h1().textContent()).toBe('お知らせ');
    const text = `E2E: 小名浜地区に避難指示 ${Date.now()}`;
    await page.getByLabel('緊急').check();
    await page.getByLabel('災害の種類（任意）').selectOption('tsunami');
    await page.getByLabel('本文（日本語・必須）').fill(text);
    await page.getByLabel('本文（English・任意）').fill('E2E: Evacuation order');
    await page.getByRole('button', { name: '内容を確認する' }).click();
    // The banner as kiosks will show it, before anything is sent.
    await page.getByRole('heading', { name: '掲載前の確認' }).waitFor();
    expect(await page.locator('.staff-notice-preview .notice-banner__item--emergency .notice-banner__text').allTextContents()).toEqual([text, 'E2E: Evacuation order']);
    expect(await axeViolations(page)).toEqual([]);
    await look('notice-preview');
    await page.getByRole('button', { name: 'この内容で掲載する' }).click();
    // The notice is an emergency on the server every e2e file shares: whatever fails below,
    // it is withdrawn, or every later screen would open in disaster mode.
    try {
      await page.locator('.staff-notices').getByText(text).waitFor();
      expect(await page.locator('.staff-notice', { hasText: text }).locator('.staff-notice__hazard').textContent()).toBe('災害の種類: 津波');
      expect(await axeViolations(page)).toEqual([]);
      await look('notices');
      const published = await (await fetch(`${baseURL()}/api/notices`)).json() as { notices: Array<{ severity: string; message: { ja: string } }> };
      expect(published.notices).toContainEqual(expect.objectContaining({ severity: 'emergency', hazard: 'tsunami', message: { ja: text, en: 'E2E: Evacuation order' } }));

      // A citizen's phone opened now starts on the evacuation list with 津波 chosen from the notice.
      const phone = await newContext(browser);
      const citizen = await phone.newPage();
      await citizen.goto('/');
      await citizen.waitForFunction(() => location.pathname === '/disaster', undefined, { timeout: 30_000 });
      await expect.poll(() => citizen.locator('.hazard-picker__button[aria-pressed="true"]').textContent()).toBe('津波');
      expect(await citizen.locator('.disaster__from-notice').textContent()).toContain('津波');
      await phone.close();

      // Withdrawn, so no other test's screens show an evacuation banner.
      await page.locator('.staff-notice', { hasText: text }).getByRole('button', { name: '取り下げる' }).click();
      await page.locator('.staff-notices').getByText(text).waitFor({ state: 'detached' });
      const after = await (await fetch(`${baseURL()}/api/notices`)).json() as { notices: Array<{ message: { ja: string } }> };
      expect(after.notices.map((n) => n.message.ja)).not.toContain(text);
    } finally {
      const left = page.locator('.staff-notice', { hasText: text });
      if (await left.count()) await left.getByRole('button', { name: '取り下げる' }).click();
    }
  });
});

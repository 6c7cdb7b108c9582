import { describe, expect, it } from 'vitest';
import { request } from 'playwright-core';
import { adminPassword, enrolKiosk, useKioskSuite } from './support/kiosk';
import { viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { keepScreenshot } from './support/shots';

/**
 * The library kiosk, issue 20's "done when": a citizen finds a book by typing its title's
 * reading in kana on the on-screen keyboard, sees which branch has it on the shelf, places
 * a hold with the library card; library staff see the hold in the console. The server
 * starts with the generated sample catalogue (its first record is 銀河鉄道の夜).
 */
const kiosk = useKioskSuite(undefined, { LIBRARY_SAMPLE: 'on' }); // the server loads the sample catalogue at start

describe('library kiosk', () => {
  it('finds a book by its reading typed on the kana keyboard, shows its branches, takes a hold that staff see', async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url);
    await page.locator('.attract__start').click();
    await page.getByRole('link', { name: /図書館の本/ }).click();

    const box = page.getByLabel('本の名前・書いた人・ISBN（ひらがなでも）');
    await box.click({ timeout: 30_000 });
    const keyboard = page.getByRole('region', { name: '文字入力キーボード' });
    await keyboard.waitFor();
    const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
    for (const k of ['き', '濁点・半濁点・小さい文字', 'ん', 'か', '濁点・半濁点・小さい文字', 'て', 'つ']) await key(k).click();
    expect(await box.inputValue()).toBe('ぎんがてつ');

    const book = page.locator('.library-record').filter({ hasText: '銀河鉄道の夜' });
    await book.waitFor({ timeout: 30_000 });
    const copies = await book.locator('.library-holding').allTextContents();
    expect(copies).toEqual([expect.stringMatching(/いわき総合図書館.*貸出中/), expect.stringMatching(/勿来図書館.*借りられます/)]);
    await key('完了').click();
    await keyboard.waitFor({ state: 'detached' });
    await keepScreenshot(page, 'library-search-1080x1920');
    expect(await axeViolations(page)).toEqual([]);

    await book.getByRole('link', { name: /この本を予約する/ }).click();
    await page.getByRole('radio', { name: /勿来図書館/ }).check();
    // The card and password are typed as any field is; the keyboard under test is the search's.
    await page.getByLabel('図書館カードの番号').fill('20260001');
    await page.getByLabel('パスワード').fill('1234');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '予約を送る' }).click();
    await page.waitForURL(/\/receipts\//);
    // The receipt number (once delivered) and the status PIN the citizen takes away.
    const receiptNumber = (await page.locator('.receipt__number:not(.receipt__number--local)').textContent({ timeout: 30_000 }))?.trim() ?? '';
    const pin = (await page.locator('.status-pin').first().textContent())?.trim() ?? '';
    expect(receiptNumber).toMatch(/^IW-\d{4}-\d{6,}$/);

    // Delivered through the outbox: the server holds it once the kiosk has its receipt.
    const holds = await staffHolds(kiosk.server.url);
    await expect.poll(async () => (await holds.list()).map((h) => `${h.title} ${h.pickupBranch}`), { timeout: 30_000 }).toEqual(['銀河鉄道の夜 nakoso']);
    await holds.dispose();

    // The console: library staff see the book and the branch without decrypting anything.
    const office = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: { width: 1366, height: 900 }, locale: 'ja-JP' });
    const console = await office.newPage();
    await console.goto('/staff/library-holds');
    await console.getByLabel('ユーザー名').fill('admin');
    await console.getByLabel('パスワード').fill(adminPassword);
    await console.getByRole('button', { name: 'ログイン' }).click();
    const row = console.getByRole('row').filter({ hasText: '銀河鉄道の夜' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('勿来図書館');
    // Staff mark it ready: the citizen's status page says the book waits at 勿来図書館.
    await row.getByRole('button', { name: '受取準備完了にする' }).click();
    await row.getByText('受取準備完了', { exact: true }).waitFor();
    await keepScreenshot(console, 'staff-library-holds');
    await office.close();

    await page.goto(`/status?n=${encodeURIComponent(receiptNumber)}`);
    await page.getByLabel('確認番号').fill(pin);
    await page.getByRole('button', { name: '確認する' }).click();
    const note = page.locator('.library-hold-status');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toMatch(/銀河鉄道の夜.*本の用意ができました.*勿来/);
    await context.close();
  });
});

/** The holds list as an admin sees it, over one staff session. */
async function staffHolds(baseURL: string) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const login = await api.post('/api/staff/login', { data: { username: 'admin', password: adminPassword } });
  if (!login.ok()) throw new Error(`staff login failed: ${login.status()}`);
  return {
    list: async () => ((await (await api.get('/api/staff/library/holds')).json()) as { items: Array<{ title: string; pickupBranch: string }> }).items,
    dispose: () => api.dispose(),
  };
}

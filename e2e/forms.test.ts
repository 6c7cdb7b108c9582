import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, newContext, openControlled, viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { recordSubmissionPuts } from './support/submission-puts';
import { ensureStaffAdmin, exportCsv, loadDepartmentKey, staffContext, staffHeading, staffLogIn } from './support/staff';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Opens a form once the pack (downloaded on first start) has it. */
async function openForm(page: Page, id = 'opinion'): Promise<void> {
  await page.goto('/forms');
  await page.locator(`a.form-link[href="/f/${id}"]`).waitFor({ timeout: 30_000 });
  await page.goto(`/f/${id}`);
  await page.locator('.runner .field').first().waitFor();
}

const next = (page: Page) => page.locator('.runner-nav__next').click();

/** The 意見・提案 form with no reply wanted: three pages, then review. */
async function fillOpinion(page: Page, subject: string): Promise<void> {
  await page.getByLabel('環境・ごみ').check();
  await page.getByLabel(/件名/).fill(subject);
  await page.getByLabel(/内容/).fill('夜の公園のトイレが暗いので、照明を増やしてください。');
  await next(page);
  await page.getByLabel('回答は不要').check();
  await next(page);
  await page.getByLabel('上記に同意する').check();
  await next(page);
  await page.getByRole('heading', { name: '入力内容の確認' }).waitFor();
}

/** What IndexedDB holds, read in the page (tests only: the app reads it through src/db). */
function countRows(page: Page, table: 'outbox' | 'receipts'): Promise<number> {
  return page.evaluate((name) => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('madoguchi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(name, 'readonly').objectStore(name).count();
      request.onsuccess = () => { resolve(request.result); open.result.close(); };
      request.onerror = () => reject(request.error);
    };
  }), table);
}

describe('citizen forms', () => {
  it('a form filled offline on a kiosk-sized screen is queued, delivered exactly once when the network returns, and read and exported by staff', async () => {
    const context = await newContext(browser, { viewport: viewports.kioskPortrait });
    // Every delivery attempt, from the page or the service worker, is recorded.
    const puts = await recordSubmissionPuts(context);
    const page = await context.newPage();
    await openControlled(page);
    await openForm(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.runner .field').first().waitFor();

    // A validation error, then fixed.
    await next(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 か所を直してください');
    expect(await page.locator('#field-subject-error').textContent()).toContain('この項目は必須です');
    const subject = `オフラインの意見 ${Date.now()}`;
    await fillOpinion(page, subject);
    await page.getByRole('button', { name: '送信する' }).click();

    await page.waitForURL(/\/receipts\/[0-9a-f-]{36}$/);
    await page.locator('.receipt__queued').waitFor();
    expect(await page.locator('h1').textContent()).toBe('送信を予約しました');
    expect(await page.locator('.receipt__queued').textContent()).toContain('インターネットにつながると自動で送信します');
    const id = page.url().split('/').pop()!;
    expect(await page.locator('.receipt__number--local').textContent()).toBe(id.slice(0, 8));
    expect(await countRows(page, 'outbox')).toBe(1);

    await context.setOffline(false);
    const number = page.locator('.receipt__number:not(.receipt__number--local)');
    await number.waitFor({ timeout: 30_000 });
    expect(await number.textContent()).toMatch(/^IW-\d{4}-\d{6}$/);
    expect(await page.locator('h1').textContent()).toBe('受け付けました');
    expect(await page.locator('svg.receipt-qr path').count()).toBe(1);

    // Exactly once: one 201, nothing else accepted, the outbox empty and one receipt kept —
    // counted once the outbox has let go of the item and no attempt is still on its way.
    await expect.poll(async () => (await countRows(page, 'outbox')) + puts.inFlight(), { timeout: 10_000 }).toBe(0);
    expect(puts.filter((p) => p.status === 201)).toHaveLength(1);
    expect(puts.filter((p) => p.status === 200)).toHaveLength(0);
    expect(await countRows(page, 'outbox')).toBe(0);
    expect(await countRows(page, 'receipts')).toBe(1);
    // The server knows that submission under that number: a replay of the same bytes gets the same receipt.
    const replay = await fetch(`${baseURL()}/api/submissions/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: puts[0]!.body });
    expect(replay.status).toBe(200);
    const receiptNumber = (await number.textContent()) ?? '';
    expect(((await replay.json()) as { receiptNumber: string }).receiptNumber).toBe(receiptNumber);
    await context.close();

    // At the city office: a clerk decrypts that very submission in the browser and exports it.
    ensureStaffAdmin();
    const office = await staffContext(browser);
    const staff = await office.newPage();
    await staff.goto('/staff');
    await staffLogIn(staff);
    await staff.getByLabel('申請の種類').selectOption('opinion');
    const row = staff.locator('tr', { has: staff.getByRole('link', { name: receiptNumber }) });
    await row.waitFor({ timeout: 30_000 });
    await loadDepartmentKey(staff, 'kocho-2026');
    await row.getByText('読み込み済み').waitFor();
    await row.getByRole('link', { name: receiptNumber }).click();
    await expect.poll(() => staffHeading(staff).textContent()).toBe(`受付番号 ${receiptNumber}`);
    await staff.getByText(subject).waitFor();
    expect(await staff.getByText('夜の公園のトイレが暗いので、照明を増やしてください。').count()).toBe(1);
    await staff.getByRole('link', { name: '受付一覧に戻る' }).click();
    await expect.poll(() => staffHeading(staff).textContent()).toBe('受付一覧');
    const { lines } = await exportCsv(staff);
    const line = lines.find((l) => l.startsWith(receiptNumber));
    expect(line).toContain(subject);
    expect(line).toContain('環境・ごみ');
    // What the app sends always fits its form: the 確認 column (after the status) is empty.
    expect(line?.split(',')[3]).toBe('');
    await office.close();
  });

  it('a validation error is in Japanese, and in English after switching language', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openForm(page);
    await next(page);
    expect(await page.locator('#field-subject-error').textContent()).toBe('この項目は必須です。入力するか、選んでください。');
    await page.goto('/language');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/\/$/);
    await page.goto('/f/opinion');
    await page.locator('.runner .field').first().waitFor();
    await next(page);
    expect(await page.locator('#field-subject-error').textContent()).toBe('This is required. Please fill it in or choose an option.');
    expect(await page.getByLabel(/Subject/).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('the runner (with errors), the review page and the receipt have no axe violations', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openForm(page);
    expect(await axeViolations(page), 'runner').toEqual([]);
    await next(page);
    await page.locator('.error-summary').waitFor();
    expect(await axeViolations(page), 'runner with errors').toEqual([]);
    await fillOpinion(page, `axe ${Date.now()}`);
    expect(await axeViolations(page), 'review').toEqual([]);
    await page.getByRole('button', { name: '送信する' }).click();
    await page.waitForURL(/\/receipts\//);
    await page.locator('.receipt__status p').first().waitFor();
    expect(await axeViolations(page), 'receipt').toEqual([]);
    await context.close();
  });
});

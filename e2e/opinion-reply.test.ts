import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminPassword, useKioskSuite } from './support/kiosk';
import { viewports } from './support/browser';
import { axeViolations } from './support/axe';
import { loadDepartmentKey, staffHeading } from './support/staff';

/**
 * 広聴: a citizen sends an opinion, staff answer it in the console (sealed in their browser to
 * the citizen's key), and the citizen reads the answer on another device by receipt number,
 * PIN and the reply code from the slip. The server only ever holds the reply's ciphertext.
 */
const suite = useKioskSuite();

const next = (page: Page) => page.locator('.runner-nav__next').click();

async function sendOpinion(page: Page): Promise<{ receiptNumber: string; pin: string; code: string }> {
  await page.goto('/forms');
  await page.locator('a.form-link[href="/f/opinion"]').waitFor({ timeout: 30_000 });
  await page.goto('/f/opinion');
  await page.locator('.runner .field').first().waitFor();
  await page.getByLabel('環境・ごみ').check();
  await page.getByLabel(/件名/).fill('公園の街灯');
  await page.getByLabel(/内容/).fill('平公園の街灯が切れています。');
  await next(page);
  await page.getByLabel('回答は不要').check();
  await next(page);
  await page.getByLabel('上記に同意する').check();
  await next(page);
  await page.getByRole('heading', { name: '入力内容の確認' }).waitFor();
  // The public-reply consent is offered, never ticked in advance; left unticked, the reply is private.
  expect(await page.getByRole('checkbox', { name: /返事を公開してもかまいません/ }).isChecked()).toBe(false);
  await page.getByRole('button', { name: '送信する' }).click();
  const number = page.locator('.receipt__number:not(.receipt__number--local)');
  await number.waitFor({ timeout: 30_000 });
  const receiptNumber = (await number.textContent()) ?? '';
  const pin = (await page.locator('.receipt-pin .status-pin').textContent()) ?? '';
  const code = (await page.getByTestId('reply-code').textContent()) ?? '';
  expect(code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
  expect(await axeViolations(page)).toEqual([]);
  return { receiptNumber, pin, code };
}

describe('a reply to an opinion', () => {
  it('staff answer an opinion and the citizen reads the answer on a phone by receipt number, PIN and reply code', async () => {
    const { browser, server } = suite;
    const citizen = await browser.newContext({ baseURL: server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const sent = await sendOpinion(await citizen.newPage());
    await citizen.close();

    const office = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 }, locale: 'ja-JP' });
    const staff = await office.newPage();
    await staff.goto('/staff');
    await staff.getByLabel('ユーザー名').fill('admin');
    await staff.getByLabel('パスワード').fill(adminPassword);
    await staff.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => staffHeading(staff).textContent()).toBe('受付一覧');
    await loadDepartmentKey(staff, 'kocho-2026');
    await staff.getByRole('link', { name: sent.receiptNumber }).click();
    await staff.getByText('平公園の街灯が切れています。').waitFor();
    const answer = '街灯は12月10日に交換します。ご連絡ありがとうございました。';
    await staff.getByLabel('返事', { exact: true }).fill(answer);
    // The citizen did not agree to a public reply: only the private way is offered.
    expect(await staff.getByRole('radio', { name: /公開（/ }).count()).toBe(0);
    const [put] = await Promise.all([
      staff.waitForRequest((request) => request.method() === 'PUT' && request.url().endsWith('/reply')),
      staff.getByRole('button', { name: '返事を送る' }).click(),
    ]);
    await staff.getByText('返事を保存しました。').waitFor();
    // What left the office PC is ciphertext: the server never sees the words.
    expect(put.postData()).not.toContain('街灯');
    expect((JSON.parse(put.postData() ?? '{}') as { kind?: string }).kind).toBe('encrypted');
    await office.close();

    const phone = await browser.newContext({ baseURL: server.url, viewport: viewports.phone, locale: 'ja-JP' });
    const page = await phone.newPage();
    await page.goto('/status');
    await page.getByLabel('受付番号').fill(sent.receiptNumber);
    await page.getByLabel('確認番号').fill(sent.pin);
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByText('完了しました').waitFor();
    await page.getByLabel('返信コード').fill(sent.code);
    await page.getByRole('button', { name: '返事を読む' }).click();
    expect(await page.getByTestId('reply-text').textContent({ timeout: 20_000 })).toBe(answer);
    expect(await axeViolations(page)).toEqual([]);
    await phone.close();
  });
});

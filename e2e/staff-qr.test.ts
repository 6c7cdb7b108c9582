import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newContext } from './support/browser';
import { ensureStaffAdmin, staffContext, staffHeading, staffLogIn } from './support/staff';

/**
 * An administrator makes a notice's QR code in the console; the server signs it with its
 * QR key. A citizen's browser, holding the pack built on this machine, then opens it with
 * the light number filled in: the server's key and the pack's key are the same one.
 */
let browser: Browser;
beforeAll(async () => {
  ensureStaffAdmin();
  browser = await launchBrowser();
});
afterAll(async () => { await browser?.close(); });

describe('the QR code page of the staff console', () => {
  it('signs a street-light code that a citizen\'s phone opens filled in, and saves it as SVG', async () => {
    const staff = await staffContext(browser);
    const page = await staff.newPage();
    await page.goto('/staff');
    await staffLogIn(page);
    await page.getByRole('link', { name: 'QR コード' }).click();
    await expect.poll(() => staffHeading(page).textContent()).toBe('お知らせ用 QR コード');
    // The form list comes from the content pack, downloaded on this first visit.
    await page.locator('#staff-qr-form option[value="road-light-report"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByLabel('申請フォーム').selectOption('road-light-report');
    await page.getByLabel('街灯の番号').fill('IW-E2E-7');
    await page.getByRole('button', { name: '署名して作る' }).click();
    const url = await page.getByLabel('QR コードのリンク').inputValue();
    expect(url).toMatch(/\/f\/road-light-report\?prefill=[\w-]+&sig=[\w-]{86}$/);
    await page.getByRole('img', { name: 'road-light-report を開く QR コード' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG で保存' }).click()]);
    expect(download.suggestedFilename()).toBe('qr-road-light-report.svg');
    expect(readFileSync(await download.path(), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    await staff.close();

    const citizen = await newContext(browser);
    const phone = await citizen.newPage();
    await phone.goto('/forms');
    await phone.locator('a.form-link[href="/f/road-light-report"]').waitFor({ timeout: 30_000 });
    await phone.goto(url);
    await phone.getByLabel('街灯が消えている').check({ timeout: 20_000 });
    expect(await phone.getByLabel('街灯の番号').inputValue()).toBe('IW-E2E-7');
    expect(await phone.getByRole('alert').count()).toBe(0);
    await citizen.close();
  });
});

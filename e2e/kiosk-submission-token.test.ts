import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { enrolKiosk, staffApi, testTerminal, useKioskSuite } from './support/kiosk';
import { viewports } from './support/browser';
import { fillAndSubmitForm } from './support/fill-form';

/**
 * A kiosk's submissions name the terminal (its device token), so the server gives it a
 * kiosk's allowance and refuses it once staff revoke it. Phones send none.
 */
const kiosk = useKioskSuite();


const storedDeviceToken = (page: Page) => page.evaluate(() => new Promise<string>((resolve, reject) => {
  const open = indexedDB.open('madoguchi');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('settings').objectStore('settings').get('kiosk');
    get.onsuccess = () => resolve((get.result as { value: { deviceToken: string } }).value.deviceToken);
  };
}));

describe('kiosk submissions', () => {
  it("carry the terminal's device token; once it is revoked the server takes nothing more from it", async () => {
    const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
    const page = await context.newPage();
    await enrolKiosk(page, kiosk.server.url);
    const token = await storedDeviceToken(page);
    const isPut = (request: Request) => request.method() === 'PUT' && new URL(request.url()).pathname.startsWith('/api/submissions/');
    // From the page or the service worker, whichever delivers first.
    const delivered = context.waitForEvent('response', { predicate: (response) => isPut(response.request()), timeout: 30_000 });

    await page.locator('.attract__start').click();
    await page.goto('/f/opinion');
    await page.locator('main textarea, main input[type=text]').first().waitFor({ timeout: 20_000 });
    await fillAndSubmitForm(page, 'テスト');
    const response = await delivered;
    expect(response.status()).toBe(201);
    expect(await response.request().headerValue('authorization')).toBe(`Bearer ${token}`);
    const { ciphertext, formId } = response.request().postDataJSON() as { ciphertext: string; formId: string };

    const staff = await staffApi(kiosk.server.url);
    await staff.revoke(testTerminal);
    const id = '01930000-0000-7000-8000-00000000e2e1';
    const refused = await context.request.put(`/api/submissions/${id}`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      data: JSON.stringify({ formId, ciphertext }),
    });
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('revoked');
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { enrolKiosk, staffApi, testTerminal, useKioskSuite } from './support/kiosk';
import { rebuildPack } from './support/content-pack';
import { viewports } from './support/browser';
import { fillAndSubmitForm } from './support/fill-form';
import { recordSubmissionPuts, type RecordedPuts } from './support/submission-puts';
import { outboxRows } from './support/outbox';

/**
 * Nothing a citizen sends is dropped: a form the city publishes while the server runs is
 * accepted at once, and a submission the server refuses for now (422: it does not know the
 * form yet) stays on the kiosk, is counted on the fleet page, and is delivered later, once.
 */
const kiosk = useKioskSuite();
const newFormId = 'tree-planting-idea';

async function kioskPage(): Promise<{ context: BrowserContext; page: Page; puts: RecordedPuts }> {
  const context = await kiosk.browser.newContext({ baseURL: kiosk.server.url, viewport: viewports.kioskPortrait, locale: 'ja-JP' });
  const puts = await recordSubmissionPuts(context);
  const page = await context.newPage();
  await enrolKiosk(page, kiosk.server.url);
  return { context, page, puts };
}

/** Opens the form on the kiosk, fills it (support/fill-form.ts) and sends it. */
async function fillAndSend(page: Page, formId: string, text: string): Promise<void> {
  await page.locator('.attract__start').click();
  await page.evaluate((id) => { history.pushState(null, '', `/f/${id}`); dispatchEvent(new PopStateEvent('popstate')); }, formId);
  await page.locator('.runner .field').first().waitFor({ timeout: 30_000 });
  await fillAndSubmitForm(page, text);
  await page.waitForURL(/\/receipts\/[0-9a-f-]{36}$/);
}

describe('no submission is ever dropped', () => {
  it('a form published while the server runs is submitted from a kiosk and delivered exactly once', async () => {
    // The city adds a form (a copy of the opinion form under a new id) and publishes the pack;
    // the server keeps running.
    const source = JSON.parse(readFileSync(join(kiosk.server.contentDir, 'forms/opinion.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(kiosk.server.contentDir, `forms/${newFormId}.json`), JSON.stringify({ ...source, id: newFormId, title: { ...(source.title as object), ja: '植樹の提案' } }));
    rebuildPack(kiosk.server.contentDir, kiosk.server.packsDir, { KIOSK_CONFIG_DIR: kiosk.server.kioskDir });

    const { context, page, puts } = await kioskPage();
    await fillAndSend(page, newFormId, `植樹 ${Date.now()}`);
    const number = page.locator('.receipt__number:not(.receipt__number--local)');
    await number.waitFor({ timeout: 30_000 });
    const receiptNumber = (await number.textContent()) ?? '';
    expect(receiptNumber).toMatch(/^IW-\d{4}-\d{6}$/);

    // Counted once the outbox has let go of the item and no attempt is still on its way.
    await expect.poll(async () => (await outboxRows(page)).length + puts.inFlight(), { timeout: 10_000 }).toBe(0);
    expect(puts.map((p) => p.status)).toEqual([201]);
    const staff = await staffApi(kiosk.server.url);
    expect(await staff.receiptsOf(newFormId)).toEqual([receiptNumber]);
    await context.close();
  });

  it('a submission refused with 422 (the form is not known there yet) stays, is shown as stuck on the fleet page, and is delivered once the server knows it', async () => {
    const { context, page, puts } = await kioskPage();
    // A server that has not learned the form yet: what every kiosk met before this fix,
    // e.g. when the pack reached kiosks before the server was restarted.
    let serverKnowsForm = false;
    await context.route('**/api/submissions/*', async (route) => {
      if (serverKnowsForm) return route.fallback();
      puts.push({ status: 422, body: route.request().postData() ?? '' });
      return route.fulfill({ status: 422, json: { error: { code: 'unknown_form', message: 'No form "opinion" is accepted here' } } });
    });
    await fillAndSend(page, 'opinion', `まだ知られていない様式 ${Date.now()}`);
    await expect.poll(() => puts.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(puts[0]!.status).toBe(422);

    // Kept, and still to be tried: not "failed for good".
    await expect.poll(async () => (await outboxRows(page))[0]?.lastError, { timeout: 10_000 }).toBe('unknown-form');
    const [row] = await outboxRows(page);
    expect(row!.nextAttemptAt).toBeLessThan(Date.now() + 61 * 60_000);

    // The next heartbeat (one is sent at every start) counts it, with its reason, for the fleet page.
    await page.reload();
    const staff = await staffApi(kiosk.server.url);
    const stuckOnFleet = async () => (await staff.fleet()).find((k) => k.id === testTerminal)?.outboxStuck;
    await expect.poll(stuckOnFleet, { timeout: 30_000 }).toEqual([{ reason: 'unknown-form', count: 1 }]);

    // The server learns the form; the next try (here: the network comes back) delivers it.
    serverKnowsForm = true;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(async () => (await outboxRows(page)).length + puts.inFlight(), { timeout: 30_000 }).toBe(0);
    expect(puts.filter((p) => p.status === 201)).toHaveLength(1);
    expect(puts.filter((p) => p.status === 200)).toHaveLength(0);
    expect(new Set(puts.map((p) => p.body)).size).toBe(1);
    const stored = (await staff.receiptsOf('opinion'));
    expect(stored).toHaveLength(1);
    await context.close();
  });
});

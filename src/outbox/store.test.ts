import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from '../db/database';
import { isFailedForGood, listOutbox, outboxItem, outboxStore, outboxSummary, queueSubmission } from './store';
import { getReceipt, listReceipts } from './receipts';
import { flushOutbox } from './flush';
import type { OutboxRecord } from '../db/records';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const record = (id: string, nextAttemptAt = 0): OutboxRecord => ({
  id, formId: 'opinion', createdAt: '2026-11-25T00:00:00.000Z', bytes: 9, ciphertext: `jwe.${id}`, attempts: 0, nextAttemptAt,
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the outbox in IndexedDB', () => {
  it('a delivered item becomes a receipt and leaves the outbox', async () => {
    expect((await queueSubmission(record('0190-a'))).ok).toBe(true);
    const report = await flushOutbox({ store: outboxStore, fetch: async () => json(201, { receiptNumber: 'IW-2026-000001', receivedAt: '2026-11-25T01:00:00.000Z' }) });
    expect(report.delivered).toBe(1);
    expect(await outboxItem('0190-a')).toBeUndefined();
    expect(await getReceipt('0190-a')).toEqual({
      id: '0190-a', formId: 'opinion', receiptNumber: 'IW-2026-000001', createdAt: '2026-11-25T00:00:00.000Z', deliveredAt: '2026-11-25T01:00:00.000Z',
    });
    expect(await listReceipts()).toHaveLength(1);
  });

  it('an item refused with 409 stays, failed for good, and is no longer due', async () => {
    await queueSubmission(record('0190-b'));
    await flushOutbox({ store: outboxStore, fetch: async () => json(409, { error: { code: 'conflict', message: '' } }) });
    const stored = await outboxItem('0190-b');
    expect(stored?.lastError).toBe('conflict');
    expect(stored && isFailedForGood(stored)).toBe(true);
    expect(await outboxStore.due(Date.now(), true)).toEqual([]);
    expect(await outboxSummary()).toEqual({ depth: 1, nextAttemptAt: undefined });
  });

  it('a failed attempt is counted and scheduled, and the summary names the earliest next try', async () => {
    await queueSubmission(record('0190-c'));
    await flushOutbox({ store: outboxStore, fetch: async () => { throw new TypeError('offline'); }, now: () => 1_000, random: () => 0.5 });
    expect(await outboxItem('0190-c')).toMatchObject({ attempts: 1, nextAttemptAt: 3_500, lastError: 'network' });
    expect(await outboxSummary()).toEqual({ depth: 1, nextAttemptAt: 3_500 });
    expect(await outboxStore.due(2_000, false)).toEqual([]);
    expect((await outboxStore.due(2_000, true)).map((r) => r.id)).toEqual(['0190-c']);
  });

  it('queues an id only once', async () => {
    await queueSubmission(record('0190-d'));
    const again = await queueSubmission({ ...record('0190-d'), ciphertext: 'other' });
    expect(again.ok).toBe(false);
    expect((await listOutbox()).map((r) => r.ciphertext)).toEqual(['jwe.0190-d']);
  });

  it('an item an earlier version gave up on after a 422 is sent again; one refused with 409 is not', async () => {
    await queueSubmission({ ...record('0190-e'), attempts: 1, nextAttemptAt: Infinity, lastError: 'unknown-form' });
    await queueSubmission({ ...record('0190-f'), attempts: 1, nextAttemptAt: Infinity, lastError: 'conflict' });
    const sent: string[] = [];
    const report = await flushOutbox({
      store: outboxStore,
      fetch: async (url) => { sent.push(url); return json(201, { receiptNumber: 'IW-2026-000002', receivedAt: '2026-11-25T01:00:00.000Z' }); },
      now: () => 5_000,
    });
    expect(report.delivered).toBe(1);
    expect(sent).toEqual(['/api/submissions/0190-e']);
    expect(await getReceipt('0190-e')).toMatchObject({ receiptNumber: 'IW-2026-000002' });
    expect(await outboxItem('0190-f')).toMatchObject({ lastError: 'conflict', nextAttemptAt: Infinity });
  });
});

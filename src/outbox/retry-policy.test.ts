import { describe, expect, it } from 'vitest';
import { flushOutbox, type OutboxItem } from './flush';
import { memoryStore } from './test/memory-store';

const item = (id: string, attempts = 0): OutboxItem => ({ id, formId: 'dog-registration', ciphertext: `jwe-${id}`, createdAt: '2026-11-25T00:00:00Z', attempts });
const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(status < 300 ? { receiptNumber: 'IW-2026-000001', receivedAt: '2026-11-25T01:00:00.000Z' } : { error: { code: 'x', message: 'x' } }), {
    status, headers: { 'content-type': 'application/json', ...headers },
  });

/** One flush of one item that the server answers with `status`, at time 0, with the longest possible wait drawn. */
async function afterOne(status: number, headers: Record<string, string> = {}, attempts = 0) {
  const { store, rows, receipts } = memoryStore([item('a', attempts)]);
  const report = await flushOutbox({ store, fetch: async () => answer(status, headers), now: () => 0, random: () => 1 - Number.EPSILON });
  return { report, row: rows.get('a'), receipt: receipts.get('a') };
}

describe('what each answer of the server means for a queued submission', () => {
  it.each([200, 201])('%i with a receipt: delivered, the item is gone', async (status) => {
    const { report, row, receipt } = await afterOne(status);
    expect(report.delivered).toBe(1);
    expect(row).toBeUndefined();
    expect(receipt).toBe('IW-2026-000001');
  });

  it('409 (other bytes under the same id) is the one final answer: never sent again', async () => {
    const { report, row } = await afterOne(409);
    expect(report.failed).toBe(1);
    expect(row).toMatchObject({ nextAttemptAt: Infinity, lastError: 'conflict' });
  });

  it.each([
    [422, 'unknown-form'],
    [413, 'too-large'],
    [415, 'rejected'],
    [400, 'rejected'],
    [401, 'rejected'],
    [403, 'rejected'],
    [404, 'rejected'],
    [410, 'rejected'],
  ] as const)('%i: kept and tried again on the long schedule (a later server may accept it), reason %s', async (status, reason) => {
    const { report, row } = await afterOne(status);
    expect(report).toMatchObject({ failed: 0, retrying: 1 });
    // Up to a minute after the first refusal, not five seconds, and never "failed for good".
    expect(row).toMatchObject({ attempts: 1, lastError: reason });
    expect(row!.nextAttemptAt).toBeGreaterThan(5_000);
    expect(row!.nextAttemptAt).toBeLessThan(60_000);
  });

  it('the long schedule doubles to at most an hour, however long the refusal lasts', async () => {
    expect((await afterOne(422, {}, 3)).row!.nextAttemptAt).toBeGreaterThan(200_000);
    expect((await afterOne(422, {}, 500)).row!.nextAttemptAt).toBeLessThan(60 * 60_000);
  });

  it.each([500, 502, 503, 504])('%i: retried on the short schedule (the server recovers by itself)', async (status) => {
    const { row } = await afterOne(status);
    expect(row).toMatchObject({ attempts: 1, lastError: 'server' });
    expect(row!.nextAttemptAt).toBeLessThan(5_000);
  });

  it('Retry-After is honoured as the least wait, on 429, 503 and 422 alike', async () => {
    expect((await afterOne(429, { 'retry-after': '120' })).row).toMatchObject({ lastError: 'rate-limited', nextAttemptAt: 120_000 });
    expect((await afterOne(503, { 'retry-after': '90' })).row).toMatchObject({ lastError: 'server', nextAttemptAt: 90_000 });
    expect((await afterOne(422, { 'retry-after': '600' })).row).toMatchObject({ lastError: 'unknown-form', nextAttemptAt: 600_000 });
  });

  it('a submission refused with 422 is delivered, once, when the server has learned its form', async () => {
    const { store, rows, receipts } = memoryStore([item('a')]);
    let known = false;
    const sent: string[] = [];
    const fetch = async (url: string) => { sent.push(url); return answer(known ? 201 : 422); };
    await flushOutbox({ store, fetch, now: () => 0 });
    expect(rows.get('a')?.lastError).toBe('unknown-form');

    known = true;
    const report = await flushOutbox({ store, fetch, now: () => 2 * 60 * 60_000 });
    expect(report.delivered).toBe(1);
    expect(receipts.get('a')).toBe('IW-2026-000001');
    await flushOutbox({ store, fetch, now: () => 4 * 60 * 60_000 }, { all: true });
    expect(sent).toHaveLength(2);
  });
});

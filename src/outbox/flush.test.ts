import { describe, expect, it } from 'vitest';
import { flushOutbox, type OutboxItem, type OutboxStore } from './flush';
import { memoryStore } from './test/memory-store';

const item = (id: string, attempts = 0): OutboxItem => ({ id, formId: 'opinion', ciphertext: `jwe-${id}`, createdAt: '2026-11-25T00:00:00Z', attempts });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const receipt = { receiptNumber: 'IW-2026-000123', receivedAt: '2026-11-25T01:00:00.000Z' };

describe('flushing the outbox', () => {
  it('201: stores the receipt, then deletes the item', async () => {
    const { store, rows, receipts, log } = memoryStore([item('a')]);
    const sent: Array<{ url: string; body: unknown }> = [];
    const report = await flushOutbox({
      store,
      fetch: async (url, init) => { sent.push({ url, body: JSON.parse(String(init.body)) }); return json(201, receipt); },
    });
    expect(report.delivered).toBe(1);
    expect(sent).toEqual([{ url: '/api/submissions/a', body: { formId: 'opinion', ciphertext: 'jwe-a' } }]);
    expect(receipts.get('a')).toBe('IW-2026-000123');
    expect(rows.size).toBe(0);
    expect(log).toEqual(['receipt a', 'delete a']);
  });

  it('sends a queued item\'s clear fields with its ciphertext (a library hold\'s book and branch)', async () => {
    const hold = { ...item('h'), formId: 'library-hold', clear: { recordId: 'sample-000001', pickupBranch: 'nakoso' } };
    const { store } = memoryStore([hold]);
    const sent: unknown[] = [];
    await flushOutbox({ store, fetch: async (_url, init) => { sent.push(JSON.parse(String(init.body))); return json(201, receipt); } });
    expect(sent).toEqual([{ formId: 'library-hold', ciphertext: 'jwe-h', clear: { recordId: 'sample-000001', pickupBranch: 'nakoso' } }]);
  });

  it('409: the item fails for good and is never sent again', async () => {
    const { store, rows } = memoryStore([item('a')]);
    let calls = 0;
    const fetch = async () => { calls++; return json(409, { error: { code: 'conflict', message: 'x' } }); };
    expect((await flushOutbox({ store, fetch })).failed).toBe(1);
    expect(rows.get('a')).toMatchObject({ nextAttemptAt: Infinity, lastError: 'conflict' });
    await flushOutbox({ store, fetch }, { all: true });
    expect(calls).toBe(1);
  });

  it('a network error backs off: attempts + 1 and the next try within the backoff bound', async () => {
    const { store, rows } = memoryStore([item('a', 2)]);
    const report = await flushOutbox({ store, fetch: async () => { throw new TypeError('Failed to fetch'); }, now: () => 1_000_000, random: () => 0.5 });
    expect(report.retrying).toBe(1);
    // After the 3rd failure the bound is 20 s; half of it with random 0.5.
    expect(rows.get('a')).toMatchObject({ attempts: 3, nextAttemptAt: 1_010_000, lastError: 'network' });
  });

  it('503 and 429 are retried; Retry-After is respected as the least wait', async () => {
    const { store, rows } = memoryStore([item('a'), item('b')]);
    await flushOutbox({
      store,
      fetch: async (url) => (url.endsWith('/a') ? json(503, {}) : json(429, {}, { 'retry-after': '60' })),
      now: () => 0,
      random: () => 0,
    });
    expect(rows.get('a')).toMatchObject({ attempts: 1, nextAttemptAt: 0, lastError: 'server' });
    expect(rows.get('b')).toMatchObject({ attempts: 1, nextAttemptAt: 60_000, lastError: 'rate-limited' });
  });

  it('a 200 that is not a receipt keeps the item', async () => {
    const { store, rows } = memoryStore([item('a')]);
    await flushOutbox({ store, fetch: async () => new Response('<html>captive portal</html>', { status: 200 }) });
    expect(rows.get('a')?.lastError).toBe('server');
  });

  it('replay safe: when the receipt could not be stored, the item stays and the replay gets the same receipt', async () => {
    const memory = memoryStore([item('a')]);
    let broken = true;
    const store: OutboxStore = {
      ...memory.store,
      delivered: async (i, r) => { if (broken) throw new Error('disk'); return memory.store.delivered(i, r); },
    };
    const fetch = async () => json(memory.rows.get('a')?.attempts ? 200 : 201, receipt);
    const first = await flushOutbox({ store, fetch, now: () => 0, random: () => 0 });
    expect(first).toMatchObject({ delivered: 0, storageErrors: 1 });
    expect(memory.rows.has('a')).toBe(true);
    broken = false;
    expect((await flushOutbox({ store, fetch, now: () => 0 })).delivered).toBe(1);
    expect(memory.receipts.get('a')).toBe('IW-2026-000123');
  });

  it('two flushes at once send each item once', async () => {
    const { store } = memoryStore([item('a'), item('b')]);
    const sent: string[] = [];
    const fetch = async (url: string) => { sent.push(url); await new Promise((r) => setTimeout(r, 5)); return json(201, receipt); };
    await Promise.all([flushOutbox({ store, fetch }), flushOutbox({ store, fetch })]);
    expect(sent.sort()).toEqual(['/api/submissions/a', '/api/submissions/b']);
  });

  it('offline: nothing is tried and no attempt is counted', async () => {
    const { store, rows } = memoryStore([item('a')]);
    const report = await flushOutbox({ store, fetch: async () => { throw new Error('must not be called'); }, online: () => false });
    expect(report.offline).toBe(true);
    expect(rows.get('a')?.attempts).toBe(0);
  });

  it('items not yet due wait, unless every item is asked for', async () => {
    const { store, rows } = memoryStore([item('a')]);
    rows.get('a')!.nextAttemptAt = 5_000;
    const fetch = async () => json(201, receipt);
    expect((await flushOutbox({ store, fetch, now: () => 1_000 })).delivered).toBe(0);
    expect((await flushOutbox({ store, fetch, now: () => 1_000 }, { all: true })).delivered).toBe(1);
  });

  it('reports progress item by item', async () => {
    const { store } = memoryStore([item('a'), item('b')]);
    const progress: string[] = [];
    await flushOutbox({ store, fetch: async () => json(201, receipt), onProgress: (d, t) => progress.push(`${d}/${t}`) });
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });
});

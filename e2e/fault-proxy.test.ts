import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { faults, startFaultProxy, type Fault, type FaultProxy } from '../bench/support/fault-proxy';
import { makeSubmissions, openReadOnly } from '../bench/support/load';
import { unthrottled } from '../bench/support/restartable-server';
import { flushOutbox, type OutboxItem } from '../src/outbox/flush';
import { memoryStore } from '../src/outbox/test/memory-store';
import { startBuiltServer, type RunningServer } from './support/start-server';

/**
 * The fast part of bench/faults.ts, on the built server: the app's outbox delivers through
 * a proxy that cuts connections before and after the server commits, answers 5xx and
 * truncates answers. Every submission ends up stored exactly once, under the receipt the
 * device holds. (bench/faults.ts adds volume and kills the server.)
 */
let server: RunningServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startBuiltServer(unthrottled);
  const base = server.url.replace('localhost', '127.0.0.1');
  // Every fault in turn, each followed by a pass, so every item meets several.
  const cycle: Fault[] = faults.flatMap((fault): Fault[] => [fault, 'pass']);
  let next = 0;
  proxy = await startFaultProxy({ target: () => base, choose: () => cycle[next++ % cycle.length]! });
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

describe('delivery through a faulty network', () => {
  it('40 submissions: none lost, none stored twice, each receipt the server\'s', async () => {
    const submissions = await makeSubmissions(40, 7, 'kiosk');
    const items: OutboxItem[] = submissions.map((s) => ({ id: s.id, formId: s.formId, ciphertext: s.ciphertext, createdAt: new Date().toISOString(), attempts: 0 }));
    const { store, rows, receipts } = memoryStore(items);
    const fetchVia = (url: string, init: RequestInit) => fetch(`${proxy.url}${url}`, init);
    for (let round = 0; round < 20 && rows.size > 0; round++) {
      await flushOutbox({ store, fetch: fetchVia, lock: (task) => task(), random: () => 0 }, { all: true });
    }

    expect(rows.size).toBe(0);
    for (const fault of faults) expect(proxy.counts[fault]).toBeGreaterThan(0);
    const db = openReadOnly(join(server.dataDir, 'madoguchi.sqlite'));
    const stored = db.prepare('SELECT id, receipt_number FROM submissions').all() as Array<{ id: string; receipt_number: string }>;
    db.close();
    expect(stored.map((row) => row.id).sort()).toEqual(items.map((item) => item.id).sort());
    for (const row of stored) expect(receipts.get(row.id)).toBe(row.receipt_number);
  });
});

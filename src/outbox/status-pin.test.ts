import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from '../db/database';
import { outboxStore, queueSubmission } from './store';
import { getReceipt } from './receipts';
import { flushOutbox } from './flush';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const hash = 'ab'.repeat(32);

describe('the status PIN through the outbox', () => {
  it('its hash travels beside the ciphertext, and a phone keeps the PIN with the receipt', async () => {
    await queueSubmission({ id: '0190-p', formId: 'opinion', createdAt: '2026-11-25T00:00:00.000Z', bytes: 9, ciphertext: 'jwe', attempts: 0, nextAttemptAt: 0, pinHash: hash, pin: '0123456789' });
    const bodies: unknown[] = [];
    await flushOutbox({
      store: outboxStore,
      fetch: async (_url, init) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify({ receiptNumber: 'IW-2026-000007', receivedAt: '2026-11-25T01:00:00.000Z' }), { status: 201 });
      },
    });
    // The PIN itself never leaves the device.
    expect(bodies).toEqual([{ formId: 'opinion', ciphertext: 'jwe', pinHash: hash }]);
    expect((await getReceipt('0190-p'))?.pin).toBe('0123456789');
  });
});

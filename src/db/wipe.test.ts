import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from './database';
import { wipeCitizenData } from './wipe';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

describe('the kiosk wipe', () => {
  it('erases drafts, receipts and settings but keeps the terminal’s identity, the pack versions it refused and checked, the last shelter status it heard, and the encrypted outbox', async () => {
    const db = database();
    await db.settings.bulkPut([
      { key: 'kiosk', value: { terminalId: 't', deviceToken: 'd', enrolledAt: 'x' } },
      { key: 'language', value: 'vi' },
      { key: 'rejectedPack', value: { version: '2', problem: { kind: 'kiosk-config-invalid', path: 'kiosks/t.json' }, rolledBackTo: '1', at: 'x' } },
      { key: 'checkedPack', value: { version: '1', terminalId: 't' } },
      { key: 'refusedPack', value: { version: '0', reason: 'older', kept: '1', at: 'x' } },
      { key: 'shelterStatus', value: { statuses: [], at: 'x', receivedAt: 0 } },
    ]);
    await db.drafts.put({ formId: 'opinion', updatedAt: 'x', answers: { body: 'CANARY' }, page: 0 });
    await db.receipts.put({ id: 'r', formId: 'opinion', receiptNumber: 'IW-2026-000001', createdAt: 'x', deliveredAt: 'x' });
    await db.outbox.put({ id: 'o', formId: 'opinion', createdAt: 'x', bytes: 1, ciphertext: 'a.b.c.d.e', attempts: 0, nextAttemptAt: 0 });
    await wipeCitizenData();
    expect((await db.settings.toArray()).map((s) => s.key)).toEqual(['checkedPack', 'kiosk', 'refusedPack', 'rejectedPack', 'shelterStatus']);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.receipts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });
});

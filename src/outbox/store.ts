import { database } from '../db/database';
import { storageError, type StorageError } from '../db/errors';
import type { OutboxRecord } from '../db/records';
import { err, ok, type Result } from '../lib/result';
import type { OutboxErrorCode } from './deliver';
import type { OutboxStore } from './flush';
import { finalErrorCodes } from './retry-policy';
import { countStuck, type StuckCount } from './stuck';

/**
 * The outbox: encrypted submissions waiting for delivery. A record holds the
 * ciphertext and non-personal metadata only (id, form, sizes, times, attempts).
 * An item that failed for good keeps `nextAttemptAt = Infinity` (a valid
 * IndexedDB key), so "due" queries never see it again and no schema change was needed.
 */
export const failedForGood = Number.POSITIVE_INFINITY;

export function isFailedForGood(record: Pick<OutboxRecord, 'nextAttemptAt'>): boolean {
  return record.nextAttemptAt === failedForGood;
}

/** Queues one submission in ONE transaction; a full disk is an error value for the UI to explain. */
export async function queueSubmission(record: OutboxRecord): Promise<Result<void, StorageError>> {
  const db = database();
  try {
    // add, not put: an id is used once; a collision must fail loudly, not replace.
    await db.transaction('rw', db.outbox, () => db.outbox.add(record));
    return ok(undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

export async function listOutbox(): Promise<OutboxRecord[]> {
  return database().outbox.orderBy('id').toArray();
}

export async function outboxItem(id: string): Promise<OutboxRecord | undefined> {
  return database().outbox.get(id);
}

export interface OutboxSummary {
  depth: number;
  /** The earliest next try of an item that may still be sent; undefined when none. */
  nextAttemptAt: number | undefined;
}

export async function outboxSummary(): Promise<OutboxSummary> {
  const table = database().outbox;
  const [depth, first] = await Promise.all([table.count(), table.orderBy('nextAttemptAt').first()]);
  const next = first && !isFailedForGood(first) ? first.nextAttemptAt : undefined;
  return { depth, nextAttemptAt: next };
}

/** Items that waiting alone will not deliver, by reason: what a kiosk's heartbeat reports. */
export async function outboxStuck(now = Date.now()): Promise<StuckCount[]> {
  const items: Array<{ createdAt: string; lastError?: string | undefined }> = [];
  // One record at a time: a deep outbox holds megabytes of ciphertext that need not be kept in memory.
  await database().outbox.each((record) => { items.push({ createdAt: record.createdAt, lastError: record.lastError }); });
  return countStuck(items, now);
}

/** Removes an item the citizen gave up on (only offered for items that failed for good). */
export async function removeOutboxItem(id: string): Promise<void> {
  await database().outbox.delete(id);
}

/**
 * Earlier versions gave up for good on refusals a later server may accept (422, 413, 415,
 * 400), and an old service worker may still do so until it is replaced: any such item
 * is made due again. Only a final reason (409) keeps an item out of the queue.
 */
async function reviveRetryable(now: number): Promise<void> {
  await database().outbox
    .where('nextAttemptAt').equals(failedForGood)
    .filter((record) => !finalErrorCodes.has(record.lastError as OutboxErrorCode))
    .modify({ nextAttemptAt: now });
}

/** The Dexie side of flushOutbox (src/outbox/flush.ts), shared by the page and the service worker. */
export const outboxStore: OutboxStore = {
  async due(now, all) {
    const table = database().outbox;
    await reviveRetryable(now);
    const rows = all ? await table.where('nextAttemptAt').below(failedForGood).toArray() : await table.where('nextAttemptAt').belowOrEqual(now).toArray();
    return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  },
  async delivered(item, receipt) {
    const db = database();
    await db.transaction('rw', db.outbox, db.receipts, async () => {
      // The receipt first: if anything fails, the transaction rolls back and the item stays.
      await db.receipts.put({
        id: item.id, formId: item.formId, receiptNumber: receipt.receiptNumber, createdAt: item.createdAt, deliveredAt: receipt.receivedAt,
        ...(item.pin ? { pin: item.pin } : {}),
        ...(item.replyCode ? { replyCode: item.replyCode } : {}),
        ...(item.clear ? { clear: item.clear } : {}),
        ...(item.note ? { note: item.note } : {}),
        ...(receipt.reservation ? { reservation: receipt.reservation } : {}),
        ...(item.reservation ? { reservationRoomId: item.reservation.roomId } : {}),
      });
      await db.outbox.delete(item.id);
    });
  },
  async retry(id, attempts, nextAttemptAt, lastError) {
    await database().outbox.update(id, { attempts, nextAttemptAt, lastError });
  },
  async fail(id, lastError: OutboxErrorCode) {
    await database().outbox.update(id, { nextAttemptAt: failedForGood, lastError });
  },
};


import type { OutboxErrorCode } from '../deliver';
import type { OutboxItem, OutboxStore } from '../flush';

/** An outbox in memory that records the order of what happened to it. */
export function memoryStore(items: OutboxItem[]) {
  const rows = new Map(items.map((i) => [i.id, { ...i, nextAttemptAt: 0, lastError: undefined as OutboxErrorCode | undefined }]));
  const receipts = new Map<string, string>();
  /** Reservation outcomes kept with the receipts, by item id. */
  const outcomes = new Map<string, string>();
  const log: string[] = [];
  const store: OutboxStore = {
    async due(now, all) {
      return [...rows.values()].filter((r) => (all ? r.nextAttemptAt !== Infinity : r.nextAttemptAt <= now));
    },
    async delivered(item, receipt) {
      receipts.set(item.id, receipt.receiptNumber);
      if (receipt.reservation) outcomes.set(item.id, receipt.reservation);
      log.push(`receipt ${item.id}`);
      rows.delete(item.id);
      log.push(`delete ${item.id}`);
    },
    async retry(id, attempts, nextAttemptAt, lastError) {
      Object.assign(rows.get(id)!, { attempts, nextAttemptAt, lastError });
    },
    async fail(id, lastError) {
      Object.assign(rows.get(id)!, { nextAttemptAt: Infinity, lastError });
    },
  };
  return { store, rows, receipts, outcomes, log };
}


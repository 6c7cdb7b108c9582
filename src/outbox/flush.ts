import type { SubmissionReceipt } from '../../contract/api/submissions';
import { deliver, type Deliverable, type FetchLike, type OutboxErrorCode } from './deliver';
import { withOutboxLock } from './lock';
import { retryDelay } from './retry-policy';

/**
 * Sends what is due in the outbox. The same function runs in the page and in the
 * service worker; the storage, the network and the clock are passed in, so the
 * policy is tested without either. For each due item:
 *   201/200      → the receipt is stored and the item deleted, in one transaction
 *   409          → failed for good (other bytes hold this id), never sent again
 *   network, 5xx, 429 → attempts + 1, next try after an exponential backoff with jitter
 *   any other 4xx → the same, on a long schedule: only a change on the server helps
 */
export interface OutboxItem extends Deliverable {
  createdAt: string;
  attempts: number;
  /** Phones only: kept with the receipt. */
  pin?: string | undefined;
  /** Phones only, on forms that take replies: kept with the receipt too. */
  replyCode?: string | undefined;
  /** Kept with the receipt, never sent (OutboxRecord.note). */
  note?: Record<string, string> | undefined;
}

export interface OutboxStore {
  /** Items whose next try is due at `now`; with `all`, every item that may still be retried. */
  due(now: number, all: boolean): Promise<readonly OutboxItem[]>;
  /** Stores the receipt, then deletes the item, in ONE transaction: never one without the other. */
  delivered(item: OutboxItem, receipt: SubmissionReceipt): Promise<void>;
  retry(id: string, attempts: number, nextAttemptAt: number, lastError: OutboxErrorCode): Promise<void>;
  fail(id: string, lastError: OutboxErrorCode): Promise<void>;
}

export interface FlushDeps {
  store: OutboxStore;
  fetch: FetchLike;
  now?: () => number;
  random?: () => number;
  lock?: <T>(task: () => Promise<T>) => Promise<T>;
  /** When it says offline, nothing is tried and no attempt is counted. */
  online?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** A kiosk's device token, sent with each delivery; none (or a failed read) sends anonymously. */
  deviceToken?: () => Promise<string | undefined>;
}

export interface FlushReport {
  delivered: number;
  failed: number;
  retrying: number;
  /** Receipts received but not stored (storage broken): the item stays and a replay gets the same receipt. */
  storageErrors: number;
  offline: boolean;
}

export async function flushOutbox(deps: FlushDeps, options: { all?: boolean } = {}): Promise<FlushReport> {
  const report: FlushReport = { delivered: 0, failed: 0, retrying: 0, storageErrors: 0, offline: false };
  if (deps.online && !deps.online()) return { ...report, offline: true };
  const lock = deps.lock ?? withOutboxLock;
  const now = deps.now ?? Date.now;
  return lock(async () => {
    // Read inside the lock: another context may have delivered some of them meanwhile.
    const items = await deps.store.due(now(), options.all ?? false);
    // Anonymous rather than not at all: the server takes phones' submissions too.
    const deviceToken = items.length > 0 ? await deps.deviceToken?.().catch(() => undefined) : undefined;
    let done = 0;
    deps.onProgress?.(done, items.length);
    for (const item of items) {
      await sendOne(deps, item, now, report, deviceToken);
      deps.onProgress?.(++done, items.length);
    }
    return report;
  });
}

async function sendOne(deps: FlushDeps, item: OutboxItem, now: () => number, report: FlushReport, deviceToken: string | undefined): Promise<void> {
  const outcome = await deliver(deps.fetch, item, deviceToken);
  const attempts = item.attempts + 1;
  const backoff = (extraMs = 0, code: OutboxErrorCode = 'storage') => now() + Math.max(retryDelay(code, attempts, deps.random), extraMs);
  switch (outcome.kind) {
    case 'delivered':
      try {
        await deps.store.delivered(item, outcome.receipt);
        report.delivered++;
      } catch {
        // The server has it; the next flush replays the same id and bytes and gets the same receipt.
        report.storageErrors++;
        await deps.store.retry(item.id, attempts, backoff(), 'storage').catch(() => undefined);
      }
      return;
    case 'rejected':
      await deps.store.fail(item.id, outcome.code);
      report.failed++;
      return;
    case 'retry':
      await deps.store.retry(item.id, attempts, backoff(outcome.retryAfterMs, outcome.code), outcome.code);
      report.retrying++;
  }
}

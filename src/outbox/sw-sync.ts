/// <reference lib="webworker" />
import { storedDeviceToken } from '../db/kiosk-token';
import { outboxStore } from './store';
import { OUTBOX_SYNC_TAG } from '../../contract/sync-tags';
import { notifyOutboxChanged } from './channel';
import { flushOutbox } from './flush';

/**
 * Background Sync: the page registers OUTBOX_SYNC_TAG when it queues a
 * submission; the browser fires `sync` here once it believes it is online,
 * even if the citizen has closed the tab. The flush takes the same lock as the
 * page, so the two never send the same item at once.
 */

/** Not in TypeScript's WebWorker lib: Background Sync is a WICG spec. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

export function registerOutboxSync(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== OUTBOX_SYNC_TAG) return;
    sync.waitUntil(flushFromWorker(sync.lastChance));
  });
}

async function flushFromWorker(lastChance: boolean): Promise<void> {
  const report = await flushOutbox({ store: outboxStore, fetch: (url, init) => fetch(url, init), deviceToken: storedDeviceToken });
  if (report.delivered > 0 || report.failed > 0 || report.retrying > 0) notifyOutboxChanged();
  // Rejecting asks the browser to fire `sync` again later with its own backoff; the
  // page's timer and `online` listener keep trying as well.
  if (report.retrying > 0 && !lastChance) throw new Error(`outbox: ${report.retrying} item(s) still waiting`);
}

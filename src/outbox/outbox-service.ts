import { useEffect } from 'preact/hooks';
import { OUTBOX_SYNC_TAG } from '../../contract/sync-tags';
import { notifyOutboxChanged, onOutboxChanged } from './channel';
import type { FlushReport } from './flush';
import { outboxProgress, refreshOutboxStatus } from './outbox-status';

/**
 * The page side of delivery. Triggers: start (startOutbox), the `online` event,
 * a timer at the earliest next try, after each submit, a newly installed pack and
 * "send now"; the service worker adds Background Sync. Each trigger runs flushOutbox under the
 * shared lock; calls that arrive while one runs are folded into one more run.
 */
const maxTimerMs = 2 ** 31 - 1;
let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | undefined;
let again: { all: boolean } | undefined;

/** Idempotent: the app shell may call it at start and every forms screen calls it on open. */
export function startOutbox(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  // After an outage every waiting item is tried at once: the backoff was about the outage.
  window.addEventListener('online', () => void flushNow({ all: true }));
  onOutboxChanged(() => void refreshAndSchedule());
  // A form the server did not know yet (422) becomes known with the next pack.
  void Promise.all([import('../runtime/content/pack-status'), import('./retry-on-new-pack')])
    .then(([{ packStatus }, { retryWhenNewPackInstalled }]) => retryWhenNewPackInstalled(packStatus, () => void flushNow({ all: true })));
  void flushNow();
}

/** For the forms screens: make sure delivery runs while the citizen is here. */
export function useOutboxService(): void {
  useEffect(() => startOutbox(), []);
}

export function flushNow(options: { all?: boolean } = {}): Promise<void> {
  if (running) {
    again = { all: (again?.all ?? false) || (options.all ?? false) };
    return running;
  }
  running = runFlush(options.all ?? false).finally(() => {
    running = undefined;
    const next = again;
    again = undefined;
    if (next) void flushNow(next);
  });
  return running;
}

async function runFlush(all: boolean): Promise<void> {
  const [{ flushOutbox }, { outboxStore }, { storedDeviceToken }] = await Promise.all([
    import('./flush'),
    import('./store'),
    import('../db/kiosk-token'),
  ]);
  let report: FlushReport | undefined;
  try {
    report = await flushOutbox(
      {
        store: outboxStore,
        fetch: (url, init) => fetch(url, init),
        deviceToken: storedDeviceToken,
        online: () => navigator.onLine,
        onProgress: (done, total) => { outboxProgress.value = total > 0 && done < total ? { done, total } : undefined; },
      },
      { all },
    );
  } catch (e) {
    // IndexedDB unavailable (private mode, broken profile): the items stay; the timer tries again.
    console.warn('outbox: flush failed', e);
  } finally {
    outboxProgress.value = undefined;
  }
  if (report && (report.delivered > 0 || report.failed > 0 || report.retrying > 0)) notifyOutboxChanged();
  await refreshAndSchedule();
}

async function refreshAndSchedule(): Promise<void> {
  const { nextAttemptAt } = await refreshOutboxStatus();
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (nextAttemptAt === undefined) return;
  // At least a second apart: a jittered delay can be ~0 and must not spin.
  const wait = Math.min(Math.max(nextAttemptAt - Date.now(), 1_000), maxTimerMs);
  timer = setTimeout(() => void flushNow(), wait);
}

/**
 * After a submission is queued: try to deliver it now, and ask the service worker to
 * deliver it when the browser is next online if now fails (tab closed, network gone).
 */
export function deliverQueuedSoon(): void {
  void flushNow();
  void requestBackgroundSync();
}

/** Asks the service worker to deliver when the browser is next online, even with the tab closed. */
export async function requestBackgroundSync(): Promise<void> {
  const registration = (await navigator.serviceWorker?.getRegistration?.()) as
    | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
    | undefined;
  // Not an error when missing (Firefox, Safari): the page's own triggers still deliver.
  await registration?.sync?.register(OUTBOX_SYNC_TAG).catch((e: unknown) => console.warn('outbox: background sync not registered', e));
}

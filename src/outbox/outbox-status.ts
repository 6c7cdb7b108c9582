import { signal } from '@preact/signals';

/**
 * The outbox as the rest of the app sees it. `outboxDepth` is what the kiosk
 * heartbeat reports (items not yet delivered, including those that failed for
 * good); `outboxRevision` bumps on every change so open screens re-read.
 * Dexie is imported on first refresh, never on the start-up path.
 */
export const outboxDepth = signal(0);
export const outboxRevision = signal(0);
/** Set while a flush runs: "sending 1 of 3". */
export const outboxProgress = signal<{ done: number; total: number } | undefined>(undefined);

export interface OutboxStatus {
  depth: number;
  nextAttemptAt: number | undefined;
}

export async function refreshOutboxStatus(): Promise<OutboxStatus> {
  const { outboxSummary } = await import('./store');
  const summary = await outboxSummary();
  outboxDepth.value = summary.depth;
  outboxRevision.value++;
  return summary;
}

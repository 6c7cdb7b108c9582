import { outboxErrorCodes, type OutboxErrorCode } from './deliver';
import { transientErrorCodes } from './retry-policy';

/**
 * A submission is stuck when waiting will not deliver it by itself: its last refusal
 * is one only a change on the server lifts (an unknown form, a body limit, 409), or it
 * has been waiting for longer than a bad network or a server restart explains. Stuck
 * items are still retried; being stuck only means someone should look: the fleet page
 * (a kiosk's heartbeat counts them), or the citizen on their phone's outbox screen.
 */
export const stuckAfterMs = 2 * 60 * 60_000;

export interface StuckCandidate {
  createdAt: string;
  lastError?: string | undefined;
}

/** Why this item is stuck, or undefined when it is merely waiting (or was never tried). */
export function stuckReason(item: StuckCandidate, now: number): OutboxErrorCode | undefined {
  const reason = outboxErrorCodes.find((code) => code === item.lastError);
  if (!reason) return undefined;
  if (!transientErrorCodes.has(reason)) return reason;
  return now - Date.parse(item.createdAt) > stuckAfterMs ? reason : undefined;
}

export interface StuckCount {
  reason: OutboxErrorCode;
  count: number;
}

/** Stuck items counted by reason, most frequent first: what a heartbeat reports. */
export function countStuck(items: readonly StuckCandidate[], now: number): StuckCount[] {
  const counts = new Map<OutboxErrorCode, number>();
  for (const item of items) {
    const reason = stuckReason(item, now);
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}

import { longRetry, nextAttemptDelay, shortRetry, type RetrySchedule } from './backoff';
import type { OutboxErrorCode } from './deliver';

/**
 * Nothing a citizen sends is dropped because a server said no once. The only final
 * answer is 409: the server already holds other bytes under this id, so these bytes can
 * never be filed under it. Every other refusal (an unknown form, a body limit, a content
 * type, any 4xx) may be lifted by a later server, so the item is kept and tried again.
 */
export const finalErrorCodes: ReadonlySet<OutboxErrorCode> = new Set(['conflict']);

/** What clears by itself: the network comes back, a busy or failing server recovers, the disk frees up. */
export const transientErrorCodes: ReadonlySet<OutboxErrorCode> = new Set(['network', 'server', 'rate-limited', 'storage']);

/** Refusals only a change on the server lifts are retried rarely; the rest on the short schedule. */
export function retryScheduleFor(code: OutboxErrorCode): RetrySchedule {
  return transientErrorCodes.has(code) ? shortRetry : longRetry;
}

/** The wait before the next try after `attempts` failures, the last one for `code`. */
export function retryDelay(code: OutboxErrorCode, attempts: number, random?: () => number): number {
  return nextAttemptDelay(attempts, random, retryScheduleFor(code));
}

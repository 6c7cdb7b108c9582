import type { ApiFailure } from '../api/http';
import { nextAttemptDelay } from '../../../outbox/backoff';
import type { QueuedShelterChange } from '../../../runtime/shelters/shelter-types';

/** What to do with a queued change after one delivery attempt. */
export type AfterAttempt =
  | { kind: 'delivered' }
  /** Waiting will not deliver it: the server refused this change for good. */
  | { kind: 'refused'; code: string }
  /** Try again later (network, server trouble, an expired session: staff log in again). */
  | { kind: 'retry'; item: QueuedShelterChange };

/**
 * The outbox's rule for staff changes: only an answer removes a change from the queue.
 * The network, a 5xx, a 429 or a lapsed session keep it, with the outbox's backoff; a 409
 * (the id was used for another change), a 400 or a 403 never get better by waiting.
 */
export function afterAttempt(item: QueuedShelterChange, failure: ApiFailure | undefined, now: number, random: () => number = Math.random): AfterAttempt {
  if (!failure) return { kind: 'delivered' };
  if (failure.kind === 'http' && [400, 403, 404, 409, 413, 415, 422].includes(failure.status)) return { kind: 'refused', code: failure.code };
  const attempts = item.attempts + 1;
  const retryAfterMs = failure.kind === 'http' && failure.retryAfterS ? failure.retryAfterS * 1000 : 0;
  return { kind: 'retry', item: { ...item, attempts, notBefore: now + Math.max(retryAfterMs, nextAttemptDelay(attempts, random)) } };
}

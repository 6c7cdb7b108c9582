/**
 * When the outbox tries an undelivered submission again. Exponential backoff
 * with "full jitter" (a uniformly random wait up to the exponential bound):
 * after an outage, a room of kiosks and a city of phones come back spread out
 * instead of knocking on the server in the same second.
 */
export interface RetrySchedule {
  /** The longest wait after the first failure; it doubles with each further failure… */
  baseMs: number;
  /** …up to this. */
  capMs: number;
}

export const retryBaseMs = 5_000;
export const retryCapMs = 30 * 60_000;

/** For what clears by itself (the network, a busy or failing server): up to 5 s, 10 s, … 30 min. */
export const shortRetry: RetrySchedule = { baseMs: retryBaseMs, capMs: retryCapMs };

/**
 * For a refusal only a change on the server can lift (a form not published there yet, a
 * body limit too low): trying rarely loses nothing, up to 1 min, 2 min, … 1 h.
 */
export const longRetry: RetrySchedule = { baseMs: 60_000, capMs: 60 * 60_000 };

/**
 * Milliseconds to wait after `attempts` failed deliveries: up to 5 s after the
 * first, 10 s after the second, doubling to at most 30 min (on the short schedule).
 * 0 before any attempt. `random` returns [0, 1) like Math.random; it is a parameter for tests.
 */
export function nextAttemptDelay(attempts: number, random: () => number = Math.random, schedule: RetrySchedule = shortRetry): number {
  if (!(attempts >= 1)) return 0;
  const bound = maxAttemptDelay(attempts, schedule);
  const r = random();
  // A broken source (NaN, out of range) must not make the outbox wait forever or spin.
  return Math.floor((r >= 0 ? Math.min(r, 1) : 0) * bound);
}

/** The upper bound of the wait after `attempts` failures, for "next try within …" in the outbox screen. */
export function maxAttemptDelay(attempts: number, schedule: RetrySchedule = shortRetry): number {
  // 2^(attempts-1) overflows to Infinity long after it passed the cap; Math.min handles both.
  return attempts >= 1 ? Math.min(schedule.capMs, schedule.baseMs * 2 ** (attempts - 1)) : 0;
}

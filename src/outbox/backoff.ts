/**
 * When the outbox tries an undelivered submission again. Exponential backoff
 * with "full jitter" (a uniformly random wait up to the exponential bound):
 * after an outage, a room of kiosks and a city of phones come back spread out
 * instead of knocking on the server in the same second.
 */
export const retryBaseMs = 5_000;
export const retryCapMs = 30 * 60_000;

/**
 * Milliseconds to wait after `attempts` failed deliveries: up to 5 s after the
 * first, 10 s after the second, doubling to at most 30 min. 0 before any attempt.
 * `random` returns [0, 1) like Math.random; it is a parameter for tests.
 */
export function nextAttemptDelay(attempts: number, random: () => number = Math.random): number {
  if (!(attempts >= 1)) return 0;
  // 2^(attempts-1) overflows to Infinity long after it passed the cap; Math.min handles both.
  const bound = Math.min(retryCapMs, retryBaseMs * 2 ** (attempts - 1));
  const r = random();
  // A broken source (NaN, out of range) must not make the outbox wait forever or spin.
  return Math.floor((r >= 0 ? Math.min(r, 1) : 0) * bound);
}

/** The upper bound of the wait after `attempts` failures, for "next try within …" in the outbox screen. */
export function maxAttemptDelay(attempts: number): number {
  return attempts >= 1 ? Math.min(retryCapMs, retryBaseMs * 2 ** (attempts - 1)) : 0;
}

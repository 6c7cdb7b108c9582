import { describe, expect, it } from 'vitest';
import { longRetry, maxAttemptDelay, nextAttemptDelay } from './backoff';

const almostOne = 1 - Number.EPSILON;

describe('outbox retry delays', () => {
  it('sends right away before any attempt failed', () => {
    expect(nextAttemptDelay(0, () => 0.5)).toBe(0);
  });

  it('doubles the longest wait with each failure, from 5 s', () => {
    expect([1, 2, 3, 4, 5].map((n) => nextAttemptDelay(n, () => almostOne))).toEqual([4_999, 9_999, 19_999, 39_999, 79_999]);
    expect([1, 2, 3].map((n) => maxAttemptDelay(n))).toEqual([5_000, 10_000, 20_000]);
  });

  it('never waits more than 30 minutes, even after days offline', () => {
    expect(nextAttemptDelay(9, () => almostOne)).toBe(1_279_999);
    expect(nextAttemptDelay(10, () => almostOne)).toBe(1_799_999);
    expect(nextAttemptDelay(5_000, () => almostOne)).toBe(1_799_999);
    expect(maxAttemptDelay(5_000)).toBe(1_800_000);
  });

  it('spreads retries over the whole window (full jitter)', () => {
    expect(nextAttemptDelay(3, () => 0)).toBe(0);
    expect(nextAttemptDelay(3, () => 0.25)).toBe(5_000);
    const delays = Array.from({ length: 500 }, () => nextAttemptDelay(4));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(40_000);
    expect(new Set(delays).size).toBeGreaterThan(400);
  });

  it('stays within bounds whatever the random source returns', () => {
    expect(nextAttemptDelay(2, () => 7)).toBe(10_000);
    expect(nextAttemptDelay(2, () => -1)).toBe(0);
    expect(nextAttemptDelay(2, () => Number.NaN)).toBe(0);
    expect(nextAttemptDelay(Number.NaN, () => 0.5)).toBe(0);
  });
});

describe('the long retry schedule, for refusals only the server can lift', () => {
  it('waits up to a minute after the first failure, doubling to at most an hour', () => {
    expect([1, 2, 3].map((n) => maxAttemptDelay(n, longRetry))).toEqual([60_000, 120_000, 240_000]);
    expect(maxAttemptDelay(50, longRetry)).toBe(60 * 60_000);
    expect(nextAttemptDelay(2, () => 0.5, longRetry)).toBe(60_000);
  });
});

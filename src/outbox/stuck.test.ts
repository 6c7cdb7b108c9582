import { describe, expect, it } from 'vitest';
import { countStuck, stuckAfterMs, stuckReason } from './stuck';

const created = '2026-11-25T00:00:00.000Z';
const t0 = Date.parse(created);

describe('stuck submissions', () => {
  it('an item refused for a reason only the server can lift is stuck at once, with that reason', () => {
    expect(stuckReason({ createdAt: created, lastError: 'unknown-form' }, t0 + 1_000)).toBe('unknown-form');
    expect(stuckReason({ createdAt: created, lastError: 'too-large' }, t0 + 1_000)).toBe('too-large');
    expect(stuckReason({ createdAt: created, lastError: 'conflict' }, t0 + 1_000)).toBe('conflict');
  });

  it('an item waiting for the network or a failing server is stuck only after two hours', () => {
    expect(stuckReason({ createdAt: created, lastError: 'server' }, t0 + stuckAfterMs - 1)).toBeUndefined();
    expect(stuckReason({ createdAt: created, lastError: 'server' }, t0 + stuckAfterMs + 1)).toBe('server');
    expect(stuckReason({ createdAt: created, lastError: 'network' }, t0 + 3 * stuckAfterMs)).toBe('network');
  });

  it('an item never tried, or with a reason this version does not know, is not counted', () => {
    expect(stuckReason({ createdAt: created }, t0 + 10 * stuckAfterMs)).toBeUndefined();
    expect(stuckReason({ createdAt: created, lastError: 'from-the-future' }, t0 + 10 * stuckAfterMs)).toBeUndefined();
  });

  it('counts by reason, most frequent first', () => {
    const items = [
      { createdAt: created, lastError: 'unknown-form' },
      { createdAt: created, lastError: 'too-large' },
      { createdAt: created, lastError: 'unknown-form' },
      { createdAt: created, lastError: 'network' },
    ];
    expect(countStuck(items, t0 + 60_000)).toEqual([{ reason: 'unknown-form', count: 2 }, { reason: 'too-large', count: 1 }]);
  });
});

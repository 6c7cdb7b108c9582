import { describe, expect, it } from 'vitest';
import { formatObservedAt, freshness } from './staleness';

const observedAt = '2026-11-25T06:00:00+09:00';
const at = (iso: string) => new Date(iso);

describe('river and rain observations going stale', () => {
  it('is fresh up to three hours after the observation', () => {
    expect(freshness(observedAt, at('2026-11-25T06:10:00+09:00'))).toEqual({ hours: 0, stale: false });
    expect(freshness(observedAt, at('2026-11-25T09:00:00+09:00'))).toEqual({ hours: 3, stale: false });
  });

  it('says "may be out of date" once older than three hours', () => {
    expect(freshness(observedAt, at('2026-11-25T09:01:00+09:00'))).toEqual({ hours: 3, stale: true });
    expect(freshness(observedAt, at('2026-11-26T06:00:00+09:00'))).toEqual({ hours: 24, stale: true });
  });

  it('treats an unreadable time as stale rather than vouching for it', () => {
    expect(freshness('yesterday', at('2026-11-25T06:00:00+09:00')).stale).toBe(true);
  });

  it('reads the observation time on the city clock', () => {
    expect(formatObservedAt('2026-11-24T21:00:00Z', 'ja')).toBe('2026/11/25 6:00');
    expect(formatObservedAt('2026-11-24T21:00:00Z', 'en')).toMatch(/^Nov 25, 2026, 6:00\sAM$/);
  });
});

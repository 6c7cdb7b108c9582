import { describe, expect, it } from 'vitest';
import { ageOf, formatShelterTime } from './shelter-time';

describe('shelter status times', () => {
  const now = new Date('2026-06-01T05:30:00Z'); // 14:30 in Iwaki

  it('says the time on the city clock today, and the date too on another day', () => {
    expect(formatShelterTime('2026-06-01T05:05:00Z', 'ja', now)).toBe('14:05');
    expect(formatShelterTime('2026-05-31T14:59:00Z', 'ja', now)).toBe('5/31 23:59');
    expect(formatShelterTime('2026-05-31T15:01:00Z', 'en', now)).toBe('00:01');
  });

  it('gives the age in minutes under an hour, then in hours', () => {
    const at = now.getTime();
    expect(ageOf(at - 30_000, at)).toEqual({ unit: 'now' });
    expect(ageOf(at - 12 * 60_000, at)).toEqual({ unit: 'minutes', count: 12 });
    expect(ageOf(at - 150 * 60_000, at)).toEqual({ unit: 'hours', count: 2 });
    // A clock that went backwards is not a negative age.
    expect(ageOf(at + 60_000, at)).toEqual({ unit: 'now' });
  });
});

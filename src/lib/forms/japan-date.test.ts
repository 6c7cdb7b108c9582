import { describe, expect, it } from 'vitest';
import { isDateBound, resolveDateBound, todayInJapan } from './japan-date';

describe('dates in Japan time', () => {
  it('turns the day at midnight Japan time, not UTC', () => {
    expect(todayInJapan(new Date('2026-11-24T14:59:59Z'))).toBe('2026-11-24');
    expect(todayInJapan(new Date('2026-11-24T15:00:00Z'))).toBe('2026-11-25');
  });

  it('resolves today, days ahead across a year end, and fixed dates', () => {
    const now = new Date('2026-12-30T03:00:00Z');
    expect(resolveDateBound('today', now)).toBe('2026-12-30');
    expect(resolveDateBound('today+7', now)).toBe('2027-01-06');
    expect(resolveDateBound('1900-01-01', now)).toBe('1900-01-01');
  });

  it('knows which bounds a form may use', () => {
    expect(['today', 'today+365', '2026-02-28'].every(isDateBound)).toBe(true);
    expect(['today-1', 'tomorrow', '2026-02-29', 'today+'].some(isDateBound)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { addMonths, clampDate, dayAfterKey, monthWeeks, shiftMonth } from './calendar-month';
import { closedReason } from './closed-days';

describe('a month calendar', () => {
  it('lays a month out in weeks from Sunday, with blanks for the neighbouring months', () => {
    const weeks = monthWeeks({ year: 2026, month: 12 }); // 1 December 2026 is a Tuesday
    expect(weeks[0]).toEqual([null, null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(weeks.at(-1)).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('knows leap years and keeps the 31st on the last day of a shorter month', () => {
    expect(monthWeeks({ year: 2028, month: 2 }).flat().filter(Boolean).at(-1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('moves the focused day as the ARIA date picker pattern says', () => {
    const day = '2026-12-16'; // a Wednesday
    expect(dayAfterKey(day, 'ArrowRight', false)).toBe('2026-12-17');
    expect(dayAfterKey(day, 'ArrowLeft', false)).toBe('2026-12-15');
    expect(dayAfterKey(day, 'ArrowDown', false)).toBe('2026-12-23');
    expect(dayAfterKey(day, 'ArrowUp', false)).toBe('2026-12-09');
    expect(dayAfterKey(day, 'Home', false)).toBe('2026-12-13');
    expect(dayAfterKey(day, 'End', false)).toBe('2026-12-19');
    expect(dayAfterKey(day, 'PageDown', false)).toBe('2027-01-16');
    expect(dayAfterKey(day, 'PageUp', true)).toBe('2025-12-16');
    expect(dayAfterKey('2026-12-31', 'ArrowRight', false)).toBe('2027-01-01');
    expect(dayAfterKey(day, 'a', false)).toBeUndefined();
  });

  it('keeps a date within the bounds', () => {
    expect(clampDate('2026-11-01', '2026-12-02', '2027-01-24')).toBe('2026-12-02');
    expect(clampDate('2027-02-01', '2026-12-02', '2027-01-24')).toBe('2027-01-24');
    expect(clampDate('2026-12-10', undefined, undefined)).toBe('2026-12-10');
  });
});

describe('closed days', () => {
  it('are the weekdays a form names and, if it says so, national holidays and 振替休日', () => {
    const rules = { closedWeekdays: [0, 6], closedOnHolidays: true };
    expect(closedReason('2026-12-05', rules)).toBe('weekday');
    expect(closedReason('2026-12-04', rules)).toBeUndefined();
    expect(closedReason('2026-11-23', rules)).toBe('holiday'); // 勤労感謝の日
    expect(closedReason('2026-05-06', rules)).toBe('holiday'); // 振替休日
    expect(closedReason('2026-11-23', { closedWeekdays: [1] })).toBe('weekday');
    expect(closedReason('2026-11-23', {})).toBeUndefined();
  });
});

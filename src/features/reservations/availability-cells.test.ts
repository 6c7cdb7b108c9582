import { describe, expect, it } from 'vitest';
import type { Availability } from '../../../contract/api/reservations';
import { dayCell, monthTable, toggleSlot, weekTable } from './availability-cells';

const slot = (start: string, state: 'free' | 'taken' | 'closed') => ({ start, end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`, state });
const availability: Availability = {
  roomId: 'r',
  asOf: '2026-12-07T00:00:00.000Z',
  days: [
    { date: '2026-12-07', slots: [slot('09:00', 'closed'), slot('10:00', 'closed')] },
    { date: '2026-12-08', slots: [slot('09:00', 'free'), slot('10:00', 'taken')] },
    { date: '2026-12-09', slots: [slot('09:00', 'free'), slot('10:00', 'free')] },
    { date: '2026-12-10', slots: [slot('09:00', 'taken'), slot('10:00', 'closed')] },
  ],
};

describe('availability cells', () => {
  it('a day is ○ when every open slot is free, △ when some are, × when none, － when closed', () => {
    expect(availability.days.map(dayCell)).toEqual(['closed', 'some', 'free', 'full']);
  });

  it('a free slot from a copy kept offline is "not confirmed", never plainly free', () => {
    expect(weekTable(availability, false).cell('2026-12-09', '09:00')).toBe('free');
    expect(weekTable(availability, true).cell('2026-12-09', '09:00')).toBe('unconfirmed');
    expect(weekTable(availability, true).cell('2026-12-08', '10:00')).toBe('taken');
  });

  it('the week view has the days as columns and the slot times as rows', () => {
    const table = weekTable(availability, false);
    expect(table.dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']);
    expect(table.times.map((t) => t.start)).toEqual(['09:00', '10:00']);
    expect(table.cell('2027-01-01', '09:00')).toBe('closed');
  });

  it('the month view starts its weeks on Sunday; days without data are closed', () => {
    const weeks = monthTable(availability, '2026-12-08');
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, { date: '2026-12-01', cell: 'closed' }]);
    expect(weeks.flat().find((d) => d?.date === '2026-12-09')).toEqual({ date: '2026-12-09', cell: 'free' });
  });
});

describe('days a room cannot be booked yet, or any more', () => {
  const bookable = { today: '2026-12-08', last: '2026-12-09' };
  it('the month leaves past days out and says "not open yet" past the days ahead, not "closed"', () => {
    const days = monthTable(availability, '2026-12-08', bookable).flat();
    expect(days.find((d) => d?.date === '2026-12-07')).toBeUndefined();
    expect(days.find((d) => d?.date === '2026-12-10')).toEqual({ date: '2026-12-10', cell: 'later' });
    expect(days.find((d) => d?.date === '2026-12-09')).toEqual({ date: '2026-12-09', cell: 'free' });
  });

  it('the week says "not open yet" for the slots of such days', () => {
    expect(weekTable(availability, false, bookable).cell('2026-12-10', '09:00')).toBe('later');
    expect(weekTable(availability, false, bookable).cell('2026-12-09', '09:00')).toBe('free');
  });
});

describe('choosing slots', () => {
  const a = { date: '2026-12-09', start: '10:00' };
  const b = { date: '2026-12-09', start: '09:00' };
  it('adds in date and time order and removes on a second touch', () => {
    const one = toggleSlot([], a, 2);
    const two = toggleSlot(one.selected, b, 2);
    expect(two.selected).toEqual([b, a]);
    expect(toggleSlot(two.selected, a, 2).selected).toEqual([b]);
  });

  it('refuses a slot past the room\'s maximum per request and keeps the choice', () => {
    const full = toggleSlot([a], b, 1);
    expect(full).toEqual({ selected: [a], refused: true });
  });
});

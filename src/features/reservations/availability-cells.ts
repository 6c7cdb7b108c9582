import type { Availability, Slot } from '../../../contract/api/reservations';
import { monthWeeks, yearMonthOf } from '../../lib/forms/calendar-month';

/**
 * What one cell of the week view says. `unconfirmed`: free in a copy this device kept while
 * offline — someone may have taken it since, so it is never shown as plainly free.
 */
export type SlotCell = 'free' | 'unconfirmed' | 'taken' | 'closed' | 'later';
/** A day of the month view: ○ every open slot free, △ some, × none, － closed all day. */
export type DayCell = 'free' | 'some' | 'full' | 'closed' | 'later';

/**
 * The days a room can be booked: from today to `last` (today + its days ahead). The server
 * calls every other slot closed; the screens say "not open for booking yet" for days past
 * `last` and leave past days out, rather than call an open day closed.
 */
export interface BookableDays { today: string; last: string }

/** The marks printed in the cells; always beside a word, never alone (nor colour alone). */
export const slotMarks: Record<SlotCell, string> = { free: '○', unconfirmed: '○', taken: '×', closed: '－', later: '－' };
export const dayMarks: Record<DayCell, string> = { free: '○', some: '△', full: '×', closed: '－', later: '－' };

export function slotCell(state: Availability['days'][number]['slots'][number]['state'], offline: boolean): SlotCell {
  if (state === 'free') return offline ? 'unconfirmed' : 'free';
  return state;
}

export function dayCell(day: Availability['days'][number]): DayCell {
  const open = day.slots.filter((s) => s.state !== 'closed');
  if (open.length === 0) return 'closed';
  const free = open.filter((s) => s.state === 'free').length;
  if (free === open.length) return 'free';
  return free === 0 ? 'full' : 'some';
}

export interface WeekTable {
  dates: string[];
  times: Array<{ start: string; end: string }>;
  cell(date: string, start: string): SlotCell;
}

/** The week view: one column per day, one row per slot time (every day of a room has the same times). */
export function weekTable(availability: Availability, offline: boolean, bookable?: BookableDays): WeekTable {
  const byKey = new Map<string, SlotCell>();
  for (const day of availability.days) {
    for (const slot of day.slots) byKey.set(`${day.date} ${slot.start}`, bookable && day.date > bookable.last ? 'later' : slotCell(slot.state, offline));
  }
  return {
    dates: availability.days.map((d) => d.date),
    times: availability.days[0]?.slots.map(({ start, end }) => ({ start, end })) ?? [],
    cell: (date, start) => byKey.get(`${date} ${start}`) ?? 'closed',
  };
}

/** The month view: Sunday-first weeks of the month of `anyDate`, each day with its cell (padding and past days are null). */
export function monthTable(availability: Availability, anyDate: string, bookable?: BookableDays): Array<Array<{ date: string; cell: DayCell } | null>> {
  const days = new Map(availability.days.map((d) => [d.date, dayCell(d)]));
  return monthWeeks(yearMonthOf(anyDate)).map((week) => week.map((date) => {
    if (!date || (bookable && date < bookable.today)) return null;
    return { date, cell: bookable && date > bookable.last ? 'later' : days.get(date) ?? 'closed' };
  }));
}

export const slotKey = (slot: Slot): string => `${slot.date} ${slot.start}`;

/**
 * Adds or removes one slot of the citizen's choice. Past the room's maximum per request
 * nothing is added (the server would refuse the whole request), and the caller says why.
 */
export function toggleSlot(selected: readonly Slot[], slot: Slot, max: number): { selected: Slot[]; refused: boolean } {
  const key = slotKey(slot);
  if (selected.some((s) => slotKey(s) === key)) return { selected: selected.filter((s) => slotKey(s) !== key), refused: false };
  if (selected.length >= max) return { selected: [...selected], refused: true };
  return { selected: [...selected, slot].sort((a, b) => (slotKey(a) < slotKey(b) ? -1 : 1)), refused: false };
}

import type { ReservationOutcome, Slot } from '../../../../contract/api/reservations.js';
import type { Room } from './rooms.js';

// Japan keeps UTC+9 all year: dates and times of slots are Tokyo's.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** The starts of a room's slots on an open day: from opening, every slotMinutes, ending by closing. */
export function slotStarts(room: Room): Array<{ start: string; end: string }> {
  const out = [];
  for (let at = minutes(room.opens); at + room.slotMinutes <= minutes(room.closes); at += room.slotMinutes) {
    out.push({ start: hhmm(at), end: hhmm(at + room.slotMinutes) });
  }
  return out;
}

/** Today in Tokyo, as YYYY-MM-DD, and the minutes since its midnight. */
export function tokyoNow(now: Date): { date: string; minute: number } {
  const local = new Date(now.getTime() + TOKYO_OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Whether the room is open for this slot at all (a real date, an open weekday, a slot start). */
export function isOpenSlot(room: Room, slot: Slot): boolean {
  if (Number.isNaN(Date.parse(`${slot.date}T00:00:00Z`)) || addDays(slot.date, 0) !== slot.date) return false;
  if (room.closedWeekdays.includes(weekday(slot.date))) return false;
  return slotStarts(room).some((s) => s.start === slot.start);
}

/** The rules of a request before any slot is taken: how many, how far ahead, not past, open. */
export function checkRequest(room: Room, slots: readonly Slot[], now: Date): ReservationOutcome | undefined {
  if (slots.length > room.maxSlotsPerRequest) return 'too_many_slots';
  const today = tokyoNow(now);
  const last = addDays(today.date, room.bookAheadDays);
  for (const slot of slots) {
    if (slot.date < today.date || (slot.date === today.date && minutes(slot.start) <= today.minute)) return 'past';
    if (slot.date > last) return 'too_far_ahead';
    if (!isOpenSlot(room, slot)) return 'closed';
  }
  return undefined;
}

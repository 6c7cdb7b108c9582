/**
 * Calendar dates as the city counts them: "today" is the date in Japan (UTC+9, no
 * daylight saving), whatever the device's time zone, so a phone set to another
 * zone still accepts a collection date the city would accept.
 * Dates are plain `YYYY-MM-DD` strings; arithmetic is done in UTC to avoid DST.
 */

const japanOffsetMs = 9 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isRealDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in Japan at the instant `now`. */
export function todayInJapan(now: Date): string {
  return new Date(now.getTime() + japanOffsetMs).toISOString().slice(0, 10);
}

/** `isoDate` moved by `days` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The bounds a form may put on a date: "today", "today+N" (N days ahead) or a fixed date. */
export const dateBoundPattern = /^today(?:\+\d{1,4})?$/;

export function isDateBound(value: string): boolean {
  return dateBoundPattern.test(value) || isRealDate(value);
}

/** The concrete date of a bound at `now` (Japan time). */
export function resolveDateBound(bound: string, now: Date): string {
  if (!bound.startsWith('today')) return bound;
  const days = bound === 'today' ? 0 : Number(bound.slice('today+'.length));
  return addDays(todayInJapan(now), days);
}

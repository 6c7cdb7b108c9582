/**
 * The arithmetic of a month calendar on YYYY-MM-DD strings, in UTC so no time zone or
 * daylight saving can move a day. Weeks start on Sunday, as Japanese calendars print them.
 */

export interface YearMonth {
  year: number;
  /** 1-12 */
  month: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function yearMonthOf(isoDate: string): YearMonth {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `count` months away (negative goes back). */
export function shiftMonth({ year, month }: YearMonth, count: number): YearMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Compares months as numbers: negative when a is earlier. */
export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** The same day `count` months away; the 31st becomes the month's last day. */
export function addMonths(isoDate: string, count: number): string {
  const target = shiftMonth(yearMonthOf(isoDate), count);
  const day = Math.min(Number(isoDate.slice(8, 10)), daysInMonth(target));
  return isoOf(target.year, target.month, day);
}

export function addDaysTo(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The weeks of a month, Sunday first; days of the neighbouring months are null. */
export function monthWeeks(ym: YearMonth): (string | null)[][] {
  const first = new Date(Date.UTC(ym.year, ym.month - 1, 1)).getUTCDay();
  const cells: (string | null)[] = Array<null>(first).fill(null);
  for (let day = 1; day <= daysInMonth(ym); day++) cells.push(isoOf(ym.year, ym.month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Where a key moves the focused day in the grid, as the WAI-ARIA date picker pattern has it:
 * arrows by a day or a week, Home/End to the week's ends, Page Up/Down by a month, with
 * Shift by a year. Undefined for any other key.
 */
export function dayAfterKey(isoDate: string, key: string, shift: boolean): string | undefined {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  switch (key) {
    case 'ArrowLeft': return addDaysTo(isoDate, -1);
    case 'ArrowRight': return addDaysTo(isoDate, 1);
    case 'ArrowUp': return addDaysTo(isoDate, -7);
    case 'ArrowDown': return addDaysTo(isoDate, 7);
    case 'Home': return addDaysTo(isoDate, -weekday);
    case 'End': return addDaysTo(isoDate, 6 - weekday);
    case 'PageUp': return addMonths(isoDate, shift ? -12 : -1);
    case 'PageDown': return addMonths(isoDate, shift ? 12 : 1);
    default: return undefined;
  }
}

/** A date kept between two bounds (either may be missing). */
export function clampDate(isoDate: string, min: string | undefined, max: string | undefined): string {
  if (min !== undefined && isoDate < min) return min;
  if (max !== undefined && isoDate > max) return max;
  return isoDate;
}

import japaneseHolidays from 'japanese-holidays';

// A default import: the package is CommonJS, and Node's ESM loader (scripts, benches) sees no named exports.
const { isHolidayAt } = japaneseHolidays;
import type { OpeningHours } from '../content/pack-types';

/** A moment in Japan Standard Time (UTC+9, no daylight saving), whatever the device's zone. */
export interface JstMoment { year: number; month: number; day: number; weekday: number; minutes: number }

export function toJst(instant: Date): JstMoment {
  const jst = new Date(instant.getTime() + 9 * 3600_000);
  return {
    year: jst.getUTCFullYear(), month: jst.getUTCMonth() + 1, day: jst.getUTCDate(),
    weekday: jst.getUTCDay(), minutes: jst.getUTCHours() * 60 + jst.getUTCMinutes(),
  };
}

export function parseTime(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

function isYearEnd(m: JstMoment): boolean {
  return (m.month === 12 && m.day >= 29) || (m.month === 1 && m.day <= 3);
}

/** Whether the facility opens at all on the JST day of this instant. */
export function opensOnDay(hours: OpeningHours, instant: Date): boolean {
  const m = toJst(instant);
  if (hours.yearEndClosure && isYearEnd(m)) return false;
  if (!hours.holidays && isHolidayAt(instant)) return false;
  return hours.days.includes(m.weekday);
}

export type OpenState =
  | { open: true; closesAt: string | undefined }
  | { open: false; reason: 'holiday' | 'year-end' | 'closed-day' | 'outside-hours' };

/**
 * Open now / closed now from weekly hours, national holidays (japanese-holidays,
 * including 振替休日) and the year-end closure. 24-hour places have "00:00"–"24:00".
 */
export function openState(hours: OpeningHours, instant: Date): OpenState {
  const m = toJst(instant);
  if (hours.yearEndClosure && isYearEnd(m)) return { open: false, reason: 'year-end' };
  if (!hours.holidays && isHolidayAt(instant)) return { open: false, reason: 'holiday' };
  if (!hours.days.includes(m.weekday)) return { open: false, reason: 'closed-day' };
  const open = parseTime(hours.open);
  const close = parseTime(hours.close);
  if (m.minutes < open || m.minutes >= close) return { open: false, reason: 'outside-hours' };
  return { open: true, closesAt: close >= 24 * 60 ? undefined : hours.close };
}

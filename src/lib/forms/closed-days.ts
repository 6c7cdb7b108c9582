import japaneseHolidays from 'japanese-holidays';

// A default import: the package is CommonJS, and Node's ESM loader (scripts, benches) sees no named exports.
const { isHolidayAt } = japaneseHolidays;

/** What a form may say about the days a date field refuses (see form-schema.ts). */
export interface ClosedDayRules {
  /** Weekdays that are never open, 0 = Sunday … 6 = Saturday (e.g. 公民館 closed on Mondays). */
  closedWeekdays?: readonly number[] | undefined;
  /** National holidays and 振替休日 are closed too. */
  closedOnHolidays?: boolean | undefined;
}

export type ClosedReason = 'weekday' | 'holiday';

/** Weekday of a YYYY-MM-DD date, 0 = Sunday; computed in UTC so the device's zone cannot shift it. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/**
 * Why the form refuses this date, or undefined when it is an open day. Holidays come from
 * japanese-holidays (offline, 振替休日 included), judged at midnight Japan time.
 */
export function closedReason(isoDate: string, rules: ClosedDayRules): ClosedReason | undefined {
  if (rules.closedWeekdays?.includes(weekdayOf(isoDate))) return 'weekday';
  if (rules.closedOnHolidays && isHolidayAt(new Date(`${isoDate}T00:00:00+09:00`))) return 'holiday';
  return undefined;
}

import { currentLanguage } from '../../../../i18n';
import { languageInfo } from '../../../../i18n/languages';
import type { YearMonth } from '../../../../lib/forms/calendar-month';
import { toWareki } from '../../../../lib/forms/wareki';

/**
 * Dates in the reader's language from the browser's own locale data (Intl), so every one
 * of the twelve languages names months and weekdays its own way without a string table.
 * Dates are formatted in UTC: the YYYY-MM-DD string is the calendar day, whatever the zone.
 */
function format(options: Intl.DateTimeFormatOptions, date: Date): string {
  return new Intl.DateTimeFormat(languageInfo(currentLanguage.value).htmlLang, { ...options, timeZone: 'UTC' }).format(date);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "2026年12月", "December 2026". */
export function monthTitle({ year, month }: YearMonth): string {
  return format({ year: 'numeric', month: 'long' }, new Date(Date.UTC(year, month - 1, 1)));
}

/** "令和8年": the era year a month starts in (documents print it beside the Western year). */
export function warekiYear({ year, month }: YearMonth): string {
  const date = toWareki(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
  return date ? `${date.era}${date.year === 1 ? '元' : date.year}年` : '';
}

/** Weekday names from Sunday: short for the column heads, long for their abbr. */
export function weekdayNames(width: 'short' | 'long'): string[] {
  // 2026-11-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => format({ weekday: width }, new Date(Date.UTC(2026, 10, 1 + i))));
}

/** "12月15日火曜日", "Tuesday, December 15": what a screen reader says for a day. */
export function dayName(iso: string): string {
  return format({ month: 'long', day: 'numeric', weekday: 'long' }, utc(iso));
}

/** "2026年12月15日(火)", "Tue, December 15, 2026": the chosen date beside the button. */
export function chosenDate(iso: string): string {
  return format({ year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }, utc(iso));
}

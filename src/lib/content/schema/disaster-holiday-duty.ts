import * as v from 'valibot';
import { id, isoDate, text } from './common';
import { parseTime } from './opening-hours';

/** "09:00-17:00": both ends valid times (24:00 as an end), the end after the start. */
function isHoursRange(value: string): boolean {
  const match = /^(\d{1,2}:\d{2})\s*[-~〜～–]\s*(\d{1,2}:\d{2})$/.exec(value.normalize('NFKC').trim());
  if (!match) return false;
  const open = parseTime(match[1] ?? '');
  const close = parseTime(match[2] ?? '', true);
  return open.ok && close.ok && close.value > open.value;
}

/**
 * content/disaster/holiday-duty.json: the 休日当番医 rota. Each item names a facility of
 * medical.csv by ID and one of its 診療科目; the build checks both against medical.csv.
 */
export const holidayDutyFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  items: v.array(
    v.strictObject({
      date: isoDate,
      facility: id,
      hours: v.pipe(v.string(), v.check(isHoursRange, 'expected hours such as 09:00-17:00')),
      department: text,
    }),
  ),
});

export type HolidayDutyFile = v.InferOutput<typeof holidayDutyFileSchema>;

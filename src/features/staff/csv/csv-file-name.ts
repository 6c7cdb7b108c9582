const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * `<formId>-YYYYMMDD-HHMM.csv` in Japan time: staff file exports by the day they made them,
 * and at 08:30 in Iwaki the UTC date is still yesterday's. Japan has no daylight saving,
 * so a fixed offset is exact whatever the PC's own time zone.
 */
export function csvFileName(formId: string, now: Date): string {
  const stamp = new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${formId}-${stamp}.csv`;
}

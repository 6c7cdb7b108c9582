import { isRealDate } from './japan-date';

/**
 * 和暦 (Japanese era years) for display and for entering a date the way it is
 * printed on a 住民票 or a pension book. Dates are ISO YYYY-MM-DD strings.
 * 明治 starts here at 1873-01-01, the day Japan adopted the Gregorian calendar:
 * earlier dates would need the lunisolar calendar, and no living person has one.
 */
export const eras = [
  { name: '令和', romaji: 'Reiwa', start: '2019-05-01', end: undefined, offset: 2018 },
  { name: '平成', romaji: 'Heisei', start: '1989-01-08', end: '2019-04-30', offset: 1988 },
  { name: '昭和', romaji: 'Shōwa', start: '1926-12-25', end: '1989-01-07', offset: 1925 },
  { name: '大正', romaji: 'Taishō', start: '1912-07-30', end: '1926-12-24', offset: 1911 },
  { name: '明治', romaji: 'Meiji', start: '1873-01-01', end: '1912-07-29', offset: 1867 },
] as const;
export type EraName = (typeof eras)[number]['name'];
type Era = (typeof eras)[number];

export interface WarekiDate {
  era: EraName;
  /** 1 is written 元年. */
  year: number;
  month: number;
  day: number;
  /** e.g. 令和元年5月1日 */
  label: string;
}

function eraOf(isoDate: string): Era | undefined {
  // ISO dates compare correctly as strings.
  return eras.find((e) => isoDate >= e.start && (e.end === undefined || isoDate <= e.end));
}

/** The era date of a Western date; undefined before 1873 or when not a real date. */
export function toWareki(isoDate: string): WarekiDate | undefined {
  if (!isRealDate(isoDate)) return undefined;
  const era = eraOf(isoDate);
  if (!era) return undefined;
  const [y, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y - era.offset;
  return { era: era.name, year, month, day, label: `${era.name}${year === 1 ? '元' : year}年${month}月${day}日` };
}

/**
 * The Western date of an era date, or undefined when it does not exist: 平成31年5月1日
 * is already 令和元年, 昭和64年1月8日 is 平成元年, 2月30日 is never.
 */
export function fromWareki(era: EraName, year: number, month: number, day: number): string | undefined {
  const info = eras.find((e) => e.name === era);
  if (!info || ![year, month, day].every(Number.isInteger) || year < 1) return undefined;
  const iso = `${String(info.offset + year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) && eraOf(iso) === info ? iso : undefined;
}

/** The years a picker offers for an era: its last year, or the current one for 令和. */
export function eraLastYear(era: EraName, today: string): number {
  const info = eras.find((e) => e.name === era);
  const last = info?.end ?? today;
  return toWareki(last)?.year ?? 1;
}

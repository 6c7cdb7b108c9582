import * as v from 'valibot';
import { cell } from './disaster-cells';
import { parseDays, parseHolidayUse, parseTime } from './opening-hours';

/**
 * Opening-hours columns of the 自治体標準オープンデータセット (医療機関一覧, AED設置箇所一覧),
 * read with the same cell parsers as facilities.csv (opening-hours.ts).
 */
export const hoursColumns = {
  days: ['利用可能曜日'],
  open: ['開始時間'],
  close: ['終了時間'],
  holidays: ['祝日の利用', '祝日利用'],
  hoursNote: ['利用可能日時特記事項'],
} as const;

export const hoursFields = {
  days: cell(parseDays),
  open: cell((value) => parseTime(value)),
  close: cell((value) => parseTime(value, true)),
  holidays: cell(parseHolidayUse),
  hoursNote: v.optional(v.pipe(v.string(), v.trim()), ''),
};

/** "00:00"–"24:00" is open around the clock; otherwise closing must come after opening. Reported at the closing time. */
export function closesAfterOpening<T extends { open: string; close: string }>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.close > dataset.value.open) return;
    const row = dataset.value;
    addIssue({
      message: 'expected a closing time after the opening time',
      input: row.close,
      path: [{ type: 'object', origin: 'value', input: row as unknown as Record<string, unknown>, key: 'close', value: row.close }],
    });
  });
}

/**
 * 「年末年始（12月29日〜1月3日）休み」 in the note becomes a rule the app can compute "closed
 * now" from, as facilities.csv does. 「年末年始…のみ診療」 (open only then) is not a closure.
 */
export function yearEndClosure(note: string): boolean {
  return /年末年始/.test(note) && /休/.test(note);
}

import { err, ok, type Result } from '../../result';

/**
 * Opening-hours cells of the 自治体標準オープンデータセット as people really fill them in:
 * 利用可能曜日 「月火水木金」「月・水・金」「月〜金」「平日」「毎日」, times 「8:30」「08:30」「１７：１５」,
 * 祝日の利用 「可」「不可」, yes/no columns 「有」「無」. Days are numbers, 0 = Sunday … 6 = Saturday.
 */

const dayOfKanji: Record<string, number> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 };
const rangeMark = /[~〜\-－ー–]/;

export function parseDays(cell: string): Result<number[], string> {
  const text = cell.normalize('NFKC').replace(/曜日|曜/g, '').replace(/[\s、,・/]/g, '');
  if (text === '') return err('expected days such as 月火水木金');
  if (text === '毎日' || text === '全日') return ok([0, 1, 2, 3, 4, 5, 6]);
  const days = new Set<number>();
  const rest = text.replace('平日', () => {
    [1, 2, 3, 4, 5].forEach((d) => days.add(d));
    return '';
  });
  const chars = [...rest];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char === '祝') return err('expected days only (holidays go in the 祝日の利用 column)');
    const day = dayOfKanji[char];
    if (day === undefined) return err(`expected days such as 月火水木金 (unknown "${char}")`);
    const next = chars[i + 1];
    const end = dayOfKanji[chars[i + 2] ?? ''];
    if (next !== undefined && rangeMark.test(next) && end !== undefined) {
      // 「金〜月」 wraps past Saturday.
      for (let d = day; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === end) break;
      }
      i += 2;
      continue;
    }
    days.add(day);
  }
  return ok([...days].sort((a, b) => a - b));
}

/** "8:30" → "08:30". "24:00" is allowed as a closing time only. */
export function parseTime(cell: string, allow24 = false): Result<string, string> {
  const match = /^(\d{1,2}):(\d{2})$/.exec(cell.normalize('NFKC').trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const valid = match !== null && minutes < 60 && (hours < 24 || (allow24 && hours === 24 && minutes === 0));
  if (!valid) return err(allow24 ? 'expected a time HH:MM (00:00–24:00)' : 'expected a time HH:MM (00:00–23:59)');
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

const yes = new Set(['有', 'あり', '○', '〇', '可', '対応', 'はい', 'yes', 'true', '1']);
const no = new Set(['無', 'なし', '×', '不可', '非対応', 'いいえ', 'no', 'false', '0']);

/** 有/無 columns: empty means "not known", which is not the same as "no". */
export function parseYesNo(cell: string): Result<boolean | null, string> {
  const text = cell.normalize('NFKC').trim().toLowerCase();
  if (text === '') return ok(null);
  if (yes.has(text)) return ok(true);
  if (no.has(text)) return ok(false);
  return err('expected 有 or 無 (or empty when unknown)');
}

/**
 * 祝日の利用 可/不可. Empty is read as 不可: telling someone a counter is closed on a
 * holiday when it is open costs less than sending them to a locked door.
 */
export function parseHolidayUse(cell: string): Result<boolean, string> {
  const value = parseYesNo(cell);
  if (!value.ok) return err('expected 可 or 不可');
  return ok(value.value ?? false);
}

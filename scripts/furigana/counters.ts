import { geminate, readNumber, type FinalKey } from './numbers.ts';

/**
 * Counters (助数詞) and the sound changes they cause. IPADIC reads a number and its
 * counter as separate words (三/日 サンニチ, 一/人 イチニン, 三/十/分 サンジュウフン); these
 * tables read them together, following NHK broadcast usage where it has a preference.
 */

/** `date`: a day of the month or a month name; `duration`: a count of days, months, minutes. */
export type NumberKind = '' | 'date' | 'duration';

interface Counter {
  reading: string;
  /** Final elements that geminate before this counter (1 → イッ, 10 → ジッ). */
  gem?: FinalKey[];
  /** The counter's reading after a geminated element (フン → プン, ホン → ポン). */
  gemReading?: string;
  /** The counter's reading after a given final element without gemination (三本 サンボン). */
  after?: Partial<Record<FinalKey, string>>;
  /** Replaces the final element (四時 ヨジ, 七時 シチジ, 九時 クジ). */
  digit?: Partial<Record<FinalKey, string>>;
  /** Whole readings for particular values (一人 ヒトリ, 二十日 ハツカ). */
  whole?: Record<number, string>;
}

const GEM_1_6_8_10: FinalKey[] = [1, 6, 8, 10, 100];
const GEM_1_8_10: FinalKey[] = [1, 8, 10];

const DAYS: Record<number, string> = {
  2: 'フツカ', 3: 'ミッカ', 4: 'ヨッカ', 5: 'イツカ', 6: 'ムイカ', 7: 'ナノカ', 8: 'ヨウカ', 9: 'ココノカ',
  10: 'トオカ', 14: 'ジュウヨッカ', 20: 'ハツカ', 24: 'ニジュウヨッカ',
};
const day: Counter = { reading: 'ニチ', digit: { 7: 'シチ', 9: 'ク' }, whole: DAYS };
const hour: Counter = { reading: 'ジ', digit: { 4: 'ヨ', 7: 'シチ', 9: 'ク' } };
const minute: Counter = { reading: 'フン', gem: GEM_1_6_8_10, gemReading: 'プン', after: { 3: 'プン', 4: 'プン' } };
const months: Counter = { reading: 'カゲツ', gem: GEM_1_6_8_10 };
const year: Counter = { reading: 'ネン', digit: { 4: 'ヨ' } };
const times: Counter = { reading: 'カイ', gem: GEM_1_6_8_10 };
const age: Counter = { reading: 'サイ', gem: GEM_1_8_10, whole: { 20: 'ハタチ' } };
const places: Counter = { reading: 'カショ', gem: GEM_1_6_8_10 };
const withSuffix = (c: Counter, suffix: string): Counter => ({
  ...c,
  reading: c.reading + suffix,
  gemReading: c.gemReading && c.gemReading + suffix,
  whole: c.whole && Object.fromEntries(Object.entries(c.whole).map(([k, v]) => [k, v + suffix])),
});

const COUNTERS: Record<string, Counter> = {
  日: day,
  日間: withSuffix(day, 'カン'),
  時: hour,
  時間: withSuffix(hour, 'カン'),
  分: minute,
  分間: withSuffix(minute, 'カン'),
  秒: { reading: 'ビョウ' },
  か月: months, ヶ月: months, カ月: months, ヵ月: months, 箇月: months,
  か月間: withSuffix(months, 'カン'), ヶ月間: withSuffix(months, 'カン'), カ月間: withSuffix(months, 'カン'),
  年: year, 年間: withSuffix(year, 'カン'), 年度: withSuffix(year, 'ド'), 年生: withSuffix(year, 'セイ'),
  週: { reading: 'シュウ', gem: GEM_1_8_10 }, 週間: { reading: 'シュウカン', gem: GEM_1_8_10 },
  人: { reading: 'ニン', digit: { 4: 'ヨ' }, whole: { 1: 'ヒトリ', 2: 'フタリ' } },
  名: { reading: 'メイ' },
  円: { reading: 'エン', digit: { 4: 'ヨ' } },
  本: { reading: 'ホン', gem: GEM_1_6_8_10, gemReading: 'ポン', after: { 3: 'ボン', 1000: 'ボン', 10000: 'ボン' } },
  杯: { reading: 'ハイ', gem: GEM_1_6_8_10, gemReading: 'パイ', after: { 3: 'バイ', 1000: 'バイ', 10000: 'バイ' } },
  匹: { reading: 'ヒキ', gem: GEM_1_6_8_10, gemReading: 'ピキ', after: { 3: 'ビキ', 1000: 'ビキ', 10000: 'ビキ' } },
  泊: { reading: 'ハク', gem: GEM_1_6_8_10, gemReading: 'パク', after: { 3: 'パク', 4: 'パク' } },
  通: { reading: 'ツウ', gem: GEM_1_8_10 },
  回: times, 回目: withSuffix(times, 'メ'),
  階: { reading: 'カイ', gem: GEM_1_6_8_10, after: { 3: 'ガイ' } },
  件: { reading: 'ケン', gem: GEM_1_6_8_10 },
  個: { reading: 'コ', gem: GEM_1_6_8_10 },
  歳: age, 才: age,
  冊: { reading: 'サツ', gem: GEM_1_8_10 },
  世帯: { reading: 'セタイ', gem: GEM_1_8_10 },
  点: { reading: 'テン', gem: GEM_1_6_8_10 },
  丁目: { reading: 'チョウメ', gem: GEM_1_8_10 },
  // Iwaki's 平 still counts its old town blocks as 町目 (平字三町目 タイラアザサンチョウメ).
  町目: { reading: 'チョウメ', gem: GEM_1_8_10 },
  か所: places, ヶ所: places, カ所: places, 箇所: places,
  // Emergency numbers are said digit by digit or as ヒャクトオ (110番, 119番).
  番: { reading: 'バン', whole: { 110: 'ヒャクトオバン', 119: 'イチイチキュウバン' } }, 番目: { reading: 'バンメ' }, 番地: { reading: 'バンチ' }, 番線: { reading: 'バンセン' },
  号: { reading: 'ゴウ' }, 号車: { reading: 'ゴウシャ' }, 号館: { reading: 'ゴウカン' },
  枚: { reading: 'マイ' }, 台: { reading: 'ダイ' }, 度: { reading: 'ド' }, 倍: { reading: 'バイ' },
  子: { reading: 'シ', gem: GEM_1_8_10 }, // 第1子 ダイイッシ
  辺: { reading: 'ヘン', gem: GEM_1_6_8_10, gemReading: 'ペン' }, // 一辺 イッペン
  条: { reading: 'ジョウ' }, 項: { reading: 'コウ', gem: GEM_1_6_8_10 },
};

/** Counters longest first, so 時間 is tried before 時. */
export const counterWords = Object.keys(COUNTERS).sort((a, b) => b.length - a.length);

const MONTHS = ['', 'イチ', 'ニ', 'サン', 'シ', 'ゴ', 'ロク', 'シチ', 'ハチ', 'ク', 'ジュウ', 'ジュウイチ', 'ジュウニ'];

/**
 * The reading of a number followed by a counter, in katakana, or undefined when the
 * pair is not a valid count (13月). 月 is a month name, or ヒトツキ as a duration.
 */
export function readCount(value: number, counter: string, kind: NumberKind): string | undefined {
  if (counter === '月') {
    if (kind === 'duration' && value === 1) return 'ヒトツキ';
    const month = MONTHS[value];
    return month && value >= 1 ? `${month}ガツ` : undefined;
  }
  const c = COUNTERS[counter];
  if (!c) return undefined;
  if (value === 1 && counter.startsWith('日')) return (kind === 'date' ? 'ツイタチ' : 'イチニチ') + counter.slice(1).replace('間', 'カン');
  const whole = c.whole?.[value];
  if (whole) return whole;
  const { head, last, key } = readNumber(value);
  if (c.gem?.includes(key)) return head + geminate(last) + (c.gemReading ?? c.reading);
  const element = c.digit?.[key] ?? last;
  return head + element + (c.after?.[key] ?? c.reading);
}

/**
 * Numbers in kanji (二十四, 三百, 二〇二六) or digits (24, ２４, 1,000, 3万) and how they
 * are read. A reading is split into a head and the final element (イチ, サンジュウ,
 * ロッピャク …) because counters change only that element: 三十分 is サンジ|ッ|プン,
 * not サンジュウフン.
 */

/** A run of numerals at the start of a string. */
export const NUMERAL = /^(?:[0-9０-９]+(?:[,，][0-9０-９]{3})*[万億]?|[〇一二三四五六七八九十百千万億]+)/u;

/** What the final element is: a digit 1–9, or a bare 十, 百, 千, 万, 億 (with its multiplier). */
export type FinalKey = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 100 | 1000 | 10000 | 100000000;

export interface NumberReading {
  head: string;
  last: string;
  key: FinalKey;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const KANJI_BIG: Record<string, number> = { 万: 10_000, 億: 100_000_000 };

/** The value of a numeral run, or undefined when it is not a well-formed number. */
export function parseNumeral(text: string): number | undefined {
  const digits = text.normalize('NFKC').replace(/,/g, '');
  const arabic = /^([0-9]+)([万億]?)$/.exec(digits);
  if (arabic) return Number(arabic[1]) * (arabic[2] ? (KANJI_BIG[arabic[2]] ?? 1) : 1);
  if (!/[十百千万億]/u.test(text)) {
    // 二〇二六 is written digit by digit; 二三 (日) is "two or three", not a number.
    if ([...text].length > 1 && !text.includes('〇')) return undefined;
    return [...text].reduce((n, ch) => n * 10 + (KANJI_DIGITS[ch] ?? NaN), 0);
  }
  let total = 0;
  let section = 0;
  let current: number | undefined;
  for (const ch of text) {
    const digit = KANJI_DIGITS[ch];
    const unit = KANJI_UNITS[ch];
    const big = KANJI_BIG[ch];
    if (digit !== undefined) {
      if (current !== undefined) return undefined; // 二三: not a number
      current = digit;
    } else if (unit !== undefined) {
      section += (current ?? 1) * unit;
      current = undefined;
    } else if (big !== undefined) {
      total += (section + (current ?? 0) || 1) * big;
      section = 0;
      current = undefined;
    }
  }
  return total + section + (current ?? 0);
}

const ONES = ['', 'イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ', 'キュウ'];
const HUNDREDS: Record<number, string> = { 1: 'ヒャク', 3: 'サンビャク', 6: 'ロッピャク', 8: 'ハッピャク' };
const THOUSANDS: Record<number, string> = { 1: 'セン', 3: 'サンゼン', 8: 'ハッセン' };

interface Part {
  text: string;
  key: FinalKey;
}

/** Parts of 1–9999, largest first: 3,608 → サンゼン, ロッピャク, ハチ. */
function groupParts(n: number): Part[] {
  const parts: Part[] = [];
  const [th, hu, te, on] = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  if (th) parts.push({ text: THOUSANDS[th] ?? `${ONES[th]}セン`, key: 1000 });
  if (hu) parts.push({ text: HUNDREDS[hu] ?? `${ONES[hu]}ヒャク`, key: 100 });
  if (te) parts.push({ text: te === 1 ? 'ジュウ' : `${ONES[te]}ジュウ`, key: 10 });
  if (on) parts.push({ text: ONES[on] ?? '', key: on as FinalKey });
  return parts;
}

export function readNumber(n: number): NumberReading {
  if (n === 0) return { head: '', last: 'ゼロ', key: 0 };
  const parts: Part[] = [];
  const oku = Math.floor(n / 100_000_000);
  const man = Math.floor(n / 10_000) % 10_000;
  if (oku) parts.push({ text: `${groupParts(oku).map((p) => p.text).join('')}オク`, key: 100000000 });
  if (man) parts.push({ text: `${groupParts(man).map((p) => p.text).join('')}マン`, key: 10000 });
  parts.push(...groupParts(n % 10_000));
  const last = parts.pop() ?? { text: '', key: 0 };
  return { head: parts.map((p) => p.text).join(''), last: last.text, key: last.key };
}

/** 促音: イチ → イッ, ジュウ → ジッ, ヒャク → ヒャッ (一本 イッポン, 十分 ジップン, 百本 ヒャッポン). */
export function geminate(element: string): string {
  return element.replace(/(イチ|ロク|ハチ|ジュウ|ャク)$/u, (m) => ({ イチ: 'イッ', ロク: 'ロッ', ハチ: 'ハッ', ジュウ: 'ジッ' })[m] ?? 'ャッ');
}

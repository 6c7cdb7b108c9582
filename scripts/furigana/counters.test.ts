import { describe, expect, it } from 'vitest';
import { readCount } from './counters.ts';
import { parseNumeral, readNumber } from './numbers.ts';

describe('numerals', () => {
  it('parses kanji, digits, full-width digits, separators and 万', () => {
    expect(parseNumeral('二十四')).toBe(24);
    expect(parseNumeral('三百')).toBe(300);
    expect(parseNumeral('一万五千')).toBe(15000);
    expect(parseNumeral('二〇二六')).toBe(2026);
    expect(parseNumeral('１２')).toBe(12);
    expect(parseNumeral('15,000')).toBe(15000);
    expect(parseNumeral('3万')).toBe(30000);
    expect(parseNumeral('二三')).toBeUndefined();
  });

  it('reads numbers with the sound changes of 百 and 千', () => {
    const read = (n: number) => Object.values(readNumber(n)).slice(0, 2).join('');
    expect(read(300)).toBe('サンビャク');
    expect(read(600)).toBe('ロッピャク');
    expect(read(8000)).toBe('ハッセン');
    expect(read(2026)).toBe('ニセンニジュウロク');
    expect(read(150_0000)).toBe('ヒャクゴジュウマン');
  });
});

describe('numbers with counters', () => {
  it('reads days of the month and day counts', () => {
    expect(readCount(1, '日', 'date')).toBe('ツイタチ');
    expect(readCount(1, '日', 'duration')).toBe('イチニチ');
    expect(readCount(3, '日', 'duration')).toBe('ミッカ');
    expect(readCount(11, '日', 'date')).toBe('ジュウイチニチ');
    expect(readCount(20, '日', 'date')).toBe('ハツカ');
    expect(readCount(24, '日', 'date')).toBe('ニジュウヨッカ');
    expect(readCount(29, '日', 'date')).toBe('ニジュウクニチ');
    expect(readCount(3, '日間', 'duration')).toBe('ミッカカン');
  });

  it('reads months as names, and 一月 as a duration only when asked', () => {
    expect(readCount(4, '月', 'date')).toBe('シガツ');
    expect(readCount(9, '月', 'date')).toBe('クガツ');
    expect(readCount(1, '月', 'duration')).toBe('ヒトツキ');
    expect(readCount(13, '月', 'date')).toBeUndefined();
    expect(readCount(6, 'か月', 'duration')).toBe('ロッカゲツ');
  });

  it('reads hours and minutes as the fixture writes them', () => {
    expect(readCount(8, '時', '')).toBe('ハチジ');
    expect(readCount(9, '時', '')).toBe('クジ');
    expect(readCount(24, '時間', 'duration')).toBe('ニジュウヨジカン');
    expect(readCount(30, '分', 'duration')).toBe('サンジップン');
    expect(readCount(15, '分', 'duration')).toBe('ジュウゴフン');
    expect(readCount(3, '分', 'duration')).toBe('サンプン');
    expect(readCount(6, '分', 'duration')).toBe('ロップン');
  });

  it('reads people, money and other counters', () => {
    expect(readCount(1, '人', '')).toBe('ヒトリ');
    expect(readCount(2, '人', '')).toBe('フタリ');
    expect(readCount(4, '人', '')).toBe('ヨニン');
    expect(readCount(300, '円', '')).toBe('サンビャクエン');
    expect(readCount(3, '本', '')).toBe('サンボン');
    expect(readCount(1, '本', '')).toBe('イッポン');
    expect(readCount(1, '通', '')).toBe('イッツウ');
    expect(readCount(3, '階', '')).toBe('サンガイ');
    expect(readCount(20, '歳', '')).toBe('ハタチ');
    expect(readCount(10, '回', '')).toBe('ジッカイ');
    expect(readCount(119, '番', '')).toBe('イチイチキュウバン');
  });
});

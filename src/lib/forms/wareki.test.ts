import { describe, expect, it } from 'vitest';
import { eraLastYear, fromWareki, toWareki } from './wareki';

describe('和暦', () => {
  it('writes the first year of an era as 元年', () => {
    expect(toWareki('2019-05-01')).toEqual({ era: '令和', year: 1, month: 5, day: 1, label: '令和元年5月1日' });
    expect(toWareki('2026-11-25')?.label).toBe('令和8年11月25日');
  });

  it.each([
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1912-07-30', '大正元年7月30日'],
  ])('puts %s in the right era: %s', (iso, label) => {
    expect(toWareki(iso)?.label).toBe(label);
  });

  it('has no era date before the Gregorian calendar or for dates that do not exist', () => {
    expect(toWareki('1872-12-31')).toBeUndefined();
    expect(toWareki('2026-02-30')).toBeUndefined();
    expect(toWareki('R8.11.25')).toBeUndefined();
  });

  it('turns an era date back into a Western date', () => {
    expect(fromWareki('令和', 8, 11, 25)).toBe('2026-11-25');
    expect(fromWareki('令和', 1, 5, 1)).toBe('2019-05-01');
    expect(fromWareki('平成', 31, 4, 30)).toBe('2019-04-30');
    expect(fromWareki('昭和', 64, 1, 7)).toBe('1989-01-07');
    expect(fromWareki('昭和', 1, 12, 25)).toBe('1926-12-25');
  });

  it('refuses an era date outside its era', () => {
    expect(fromWareki('平成', 31, 5, 1)).toBeUndefined();
    expect(fromWareki('令和', 1, 4, 30)).toBeUndefined();
    expect(fromWareki('昭和', 64, 1, 8)).toBeUndefined();
    expect(fromWareki('昭和', 1, 12, 24)).toBeUndefined();
    expect(fromWareki('平成', 0, 5, 1)).toBeUndefined();
  });

  it('refuses days that do not exist', () => {
    expect(fromWareki('令和', 8, 2, 29)).toBeUndefined();
    expect(fromWareki('令和', 6, 2, 29)).toBe('2024-02-29');
    expect(fromWareki('令和', 8, 13, 1)).toBeUndefined();
    expect(fromWareki('令和', 8.5, 1, 1)).toBeUndefined();
  });

  it('tells a year picker how far each era goes', () => {
    expect(eraLastYear('平成', '2026-11-25')).toBe(31);
    expect(eraLastYear('昭和', '2026-11-25')).toBe(64);
    expect(eraLastYear('令和', '2026-11-25')).toBe(8);
  });
});

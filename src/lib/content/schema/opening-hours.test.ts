import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseDays, parseHolidayUse, parseTime, parseYesNo } from './opening-hours';
import { facilityRowSchema } from './facility';

const value = <T>(result: { ok: true; value: T } | { ok: false; error: string }) => (result.ok ? result.value : result.error);

describe('opening hours from open-data cells', () => {
  it('reads 利用可能曜日 in the ways publishers write it, Sunday = 0', () => {
    expect(value(parseDays('月火水木金'))).toEqual([1, 2, 3, 4, 5]);
    expect(value(parseDays('月火水木金土日'))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(value(parseDays('月・水・金'))).toEqual([1, 3, 5]);
    expect(value(parseDays('月曜日、木曜日'))).toEqual([1, 4]);
    expect(value(parseDays('月〜金'))).toEqual([1, 2, 3, 4, 5]);
    expect(value(parseDays('金～月'))).toEqual([0, 1, 5, 6]);
    expect(value(parseDays('平日'))).toEqual([1, 2, 3, 4, 5]);
    expect(value(parseDays('平日・土'))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(value(parseDays('毎日'))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses days it cannot read, and holidays in the days column', () => {
    expect(parseDays('').ok).toBe(false);
    expect(value(parseDays('月火祝'))).toContain('祝日の利用');
    expect(value(parseDays('Mon-Fri'))).toContain('unknown "M"');
  });

  it('normalises times to HH:MM and allows 24:00 only as a closing time', () => {
    expect(value(parseTime('8:30'))).toBe('08:30');
    expect(value(parseTime('１７：１５'))).toBe('17:15');
    expect(value(parseTime('24:00', true))).toBe('24:00');
    expect(parseTime('24:00').ok).toBe(false);
    expect(parseTime('24:30', true).ok).toBe(false);
    expect(parseTime('8時').ok).toBe(false);
    expect(parseTime('12:60').ok).toBe(false);
  });

  it('reads 可/不可 and 有/無, keeping "unknown" apart from "no"', () => {
    expect([value(parseHolidayUse('可')), value(parseHolidayUse('不可')), value(parseHolidayUse(''))]).toEqual([true, false, false]);
    expect([value(parseYesNo('有')), value(parseYesNo('無')), value(parseYesNo(''))]).toEqual([true, false, null]);
    expect(parseYesNo('たぶん').ok).toBe(false);
  });

  it('refuses a row that closes before it opens, at the closing time', () => {
    const row = {
      id: 'x', name: '館', kind: '図書館', address: 'いわき市', lat: '37.0', lng: '140.9',
      days: '火〜日', open: '18:00', close: '10:00', holidays: '可',
    };
    const result = v.safeParse(facilityRowSchema, row);
    expect(result.issues?.map((i) => [i.path?.map((p) => p.key).join('.'), i.message])).toEqual([
      ['close', 'expected a closing time after the opening time'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCapacity, parseDegrees, parseHazardFlag } from './disaster-cells';
import { splitDepartments } from './disaster-medical';
import { levelFor } from './disaster-river-rain';

const value = <T>(result: { ok: true; value: T } | { ok: false; error: string }) => (result.ok ? result.value : `error: ${result.error}`);

describe('disaster open-data cells', () => {
  it('reads a hazard column as designated (1, ○, ◯) or not (empty), and nothing else', () => {
    expect(['1', '○', '◯', '〇', ' 1 ', '１', ''].map((cell) => value(parseHazardFlag(cell)))).toEqual([true, true, true, true, true, true, false]);
    for (const bad of ['0', '2', '×', '有', 'x', '1.0']) expect(parseHazardFlag(bad).ok).toBe(false);
  });

  it('reads 想定収容人数 as a whole number of people, or unknown when empty', () => {
    expect(['450', '1,200', '１２００', '300人', ''].map((cell) => value(parseCapacity(cell)))).toEqual([450, 1200, 1200, 300, null]);
    expect(parseCapacity('約300').ok).toBe(false);
    expect(parseCapacity('-5').ok).toBe(false);
  });

  it('keeps coordinates inside Iwaki and says when latitude and longitude are swapped', () => {
    const lat = parseDegrees('latitude');
    const lng = parseDegrees('longitude');
    expect([value(lat('36.948350')), value(lng('140.903880'))]).toEqual([36.94835, 140.90388]);
    expect(value(lat('140.903880'))).toBe('error: expected a latitude in Iwaki City (36.7–37.4 N): latitude and longitude look swapped');
    expect(value(lng('35.6'))).toBe('error: expected a longitude in Iwaki City (140.4–141.2 E)');
    expect(value(lat('36°56′'))).toContain('decimal degrees');
  });

  it('splits 診療科目 on ; ・ and 、', () => {
    expect(value(splitDepartments('内科;外科・小児科、歯科；内科'))).toEqual(['内科', '外科', '小児科', '歯科']);
    expect(splitDepartments(' ; ').ok).toBe(false);
  });

  it('computes a river level as the highest threshold reached', () => {
    const t = { caution: 2.5, warning: 3.1, danger: 3.6 };
    expect([2.49, 2.5, 3.1, 3.6, 9].map((v) => levelFor(v, t))).toEqual(['normal', 'caution', 'warning', 'danger', 'danger']);
  });
});

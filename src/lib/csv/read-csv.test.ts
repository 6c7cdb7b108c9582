import { describe, expect, it } from 'vitest';
import { encodeShiftJis } from './fixtures/shift-jis-encode';
import { readCsv } from './read-csv';
import { optional } from './types';

const columns = { id: ['ID', '共通ID'], name: ['名称', '施設・場所名'], note: optional(['備考']), url: optional(['URL']) };
const text = 'ID,施設・場所名,備考\r\n1,平支所,"午前のみ,\r\n土曜休み"\r\n2,小名浜支所,\r\n';

describe('reading an open-data CSV', () => {
  it('reads Shift_JIS with a quoted newline and keeps source line numbers', () => {
    const result = readCsv(encodeShiftJis(text), columns);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.encoding).toBe('shift_jis');
    expect(result.value.records.map((r) => [r.line, r.values.name, r.values.note])).toEqual([
      [2, '平支所', '午前のみ,\n土曜休み'],
      [4, '小名浜支所', ''],
    ]);
    expect(result.value.records[0]?.values.url).toBeUndefined();
    expect(result.value.header.name).toBe('施設・場所名');
  });

  it('reads UTF-8 with and without a BOM alike', () => {
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, bom]) {
      const result = readCsv(bytes, columns);
      expect(result.ok && result.value.records.map((r) => r.values.id)).toEqual(['1', '2']);
      expect(result.ok && result.value.encoding).toBe('utf-8');
    }
  });

  it('refuses the whole file, listing every bad line, when rows are short', () => {
    const bytes = new TextEncoder().encode('ID,名称\n1\n2,ok\n3\n');
    const result = readCsv(bytes, columns);
    expect(result.ok ? [] : result.error.map((e) => e.line)).toEqual([2, 4]);
  });

  it('names the missing column and the header line', () => {
    const result = readCsv(new TextEncoder().encode('番号,名称\n1,x\n'), columns);
    expect(result.ok ? undefined : result.error).toEqual([
      { line: 1, column: 'ID', message: 'required column "ID" or "共通ID" is missing' },
    ]);
  });

  it('points at the cell of a column, for errors found later', () => {
    const result = readCsv(new TextEncoder().encode('ID,名称\n"a\nb",平支所\n'), columns);
    expect(result.ok && result.value.records[0]?.position('name')).toEqual({ line: 3, col: 4 });
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse';

function rows(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('CSV parsing (RFC 4180)', () => {
  it('splits records and fields, with CRLF, LF or CR line ends', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      expect(rows(`a,b${eol}1,2${eol}`).map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
    }
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const parsed = rows('名称,備考\n"A,B","彼は""はい""と言った\n二行目"\n');
    expect(parsed[1]?.fields).toEqual(['A,B', '彼は"はい"と言った\n二行目']);
  });

  it('numbers a record by the line it starts on, not by its index', () => {
    const parsed = rows('h1,h2\n"x\ny\nz",1\nnext,2\n');
    expect(parsed.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(parsed[2]?.positions[1]).toEqual({ line: 5, col: 6 });
  });

  it('skips blank lines and keeps a trailing empty field', () => {
    expect(rows('a,b\n\n1,\n').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '']]);
    expect(rows('a,b\n1,').at(-1)?.fields).toEqual(['1', '']);
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    const result = parseCsv('a,b\n1,"open\n\n');
    expect(result.ok ? undefined : result.error).toMatchObject({ line: 2, col: 3 });
  });

  it('refuses text after a closing quote', () => {
    const result = parseCsv('a\n"x"y\n');
    expect(result.ok ? undefined : result.error).toMatchObject({ line: 2, col: 4 });
  });
});

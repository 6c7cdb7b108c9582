import { describe, expect, it } from 'vitest';
import { csvText, toCsv } from './to-csv';

const decodeSjis = (bytes: Uint8Array) => new TextDecoder('shift_jis').decode(bytes);

describe('CSV for Excel', () => {
  it('starts a UTF-8 file with the byte-order mark Excel needs to read it as UTF-8', () => {
    const { bytes, replaced } = toCsv([['受付番号'], ['IW-2026-000001']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('受付番号\r\nIW-2026-000001\r\n');
    expect(replaced).toBe(0);
  });

  it('quotes cells with quotes, commas and line breaks, doubling the quotes (RFC 4180)', () => {
    const text = csvText([['say "hi"', 'a,b', '1行目\n2行目', 'plain']]);
    expect(text).toBe('"say ""hi""","a,b","1行目\n2行目",plain\r\n');
  });

  it('ends every record with CRLF, the last one too', () => {
    expect(csvText([['a', 'b'], ['c', '']])).toBe('a,b\r\nc,\r\n');
  });

  it('writes Shift_JIS that decodes back to the same text, without a BOM', () => {
    const rows = [['氏名', 'フリガナ', 'メモ'], ['磐城 太郎', 'イワキ タロウ', '髙橋①、ｶﾅ "引用"\n改行']];
    const { bytes, replaced } = toCsv(rows, 'shift_jis');
    expect(bytes[0]).not.toBe(0xef);
    expect(decodeSjis(bytes)).toBe(csvText(rows));
    expect(replaced).toBe(0);
  });

  it('writes characters Shift_JIS lacks as ? and counts them', () => {
    const { bytes, replaced } = toCsv([['𠮷野家🙂', 'ok']], 'shift_jis');
    expect(decodeSjis(bytes)).toBe('?野家?,ok\r\n');
    expect(replaced).toBe(2);
  });

  it('keeps the wave dash and minus that Japanese keyboards type', () => {
    const { bytes, replaced } = toCsv([['9時〜17時', '−5']], 'shift_jis');
    expect(replaced).toBe(0);
    expect(decodeSjis(bytes)).toBe('9時～17時,－5\r\n');
  });
});

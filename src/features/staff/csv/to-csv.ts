import { encodeCp932 } from './cp932';

/** UTF-8 with a byte-order mark (Excel then reads UTF-8) or Shift_JIS for older Excel and tools. */
export type CsvEncoding = 'utf-8-bom' | 'shift_jis';
export const csvEncodings: readonly CsvEncoding[] = ['utf-8-bom', 'shift_jis'];

export interface CsvFile {
  bytes: Uint8Array<ArrayBuffer>;
  /** Characters the encoding cannot hold, written as '?'. Always 0 for UTF-8. */
  replaced: number;
}

const BOM = [0xef, 0xbb, 0xbf];

/** One field per RFC 4180: quoted when it holds a quote, comma or line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text: CRLF after every record, the last one too (Excel and most tools expect it). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function toCsv(rows: readonly (readonly string[])[], encoding: CsvEncoding = 'utf-8-bom'): CsvFile {
  const text = csvText(rows);
  if (encoding === 'shift_jis') return encodeCp932(text);
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(BOM.length + body.length);
  bytes.set(BOM);
  bytes.set(body, BOM.length);
  return { bytes, replaced: 0 };
}

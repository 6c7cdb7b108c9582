import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeShiftJis } from './fixtures/shift-jis-encode';
import { readCsv } from './read-csv';
import type { ColumnsSpec } from './types';

/**
 * Property-based fuzz of the open-data CSV reader every importer goes through. What must
 * hold for any input a publisher (or an attacker with an upload) can produce:
 * - a well-formed file, in any encoding and line-end style we accept, reads back exactly
 *   the values that were written — commas, quotes and newlines inside values included;
 * - any bytes at all give a result, never an exception, and every error names a line
 *   that exists in the file;
 * - one bad record refuses the whole file (the Result carries no records then).
 * `npm test` runs CSV_FUZZ_RUNS (default 300) per property; the reliability run 20,000.
 */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const runs = Number(env.CSV_FUZZ_RUNS ?? 300);
const timeout = 30_000 + runs * 5;

/** Values with the characters that break naive CSV code, Japanese text and a surrogate pair or two. */
const cellChars = fc.constantFrom(',', '"', '\n', ' ', 'a', 'Z', '1', '・', '○', '小', '名', '浜', 'ｱ', '～', '𠮷', '\t', ';', "'");
const cell = fc.string({ unit: cellChars, maxLength: 12 });
const sjisCellChars = fc.constantFrom(',', '"', '\n', ' ', 'a', '1', '・', '○', '小', '名', '浜', 'ｱ', '～');
const sjisCell = fc.string({ unit: sjisCellChars, maxLength: 12 });

function table(cells: fc.Arbitrary<string>) {
  return fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cells, { minLength: width, maxLength: width }), { maxLength: 8 })
    .map((rows) => ({ header: Array.from({ length: width }, (_, i) => `列${i}`), rows })));
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value;
}

function serialise(header: string[], rows: string[][], eol: string): string {
  return [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol;
}

function columnsFor(header: string[]): ColumnsSpec {
  return Object.fromEntries(header.map((name, i) => [`k${i}`, [name]]));
}

/** What a reader must return: every record but those with nothing in them (spreadsheet leftovers). */
const expectedRows = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim() !== ''));

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

const encodings = {
  'utf-8': (text: string) => new TextEncoder().encode(text),
  'utf-8 with BOM': (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
  'utf-16le with BOM': (text: string) => new Uint8Array([0xff, 0xfe, ...utf16le(text)]),
} as const;

describe('the CSV reader, fuzzed', () => {
  it('reads back exactly what was written, in UTF-8, UTF-8 with BOM and UTF-16, with LF or CRLF', () => {
    fc.assert(fc.property(table(cell), fc.constantFrom('\n', '\r\n'), fc.constantFrom(...Object.keys(encodings) as Array<keyof typeof encodings>), ({ header, rows }, eol, encoding) => {
      const bytes = encodings[encoding](serialise(header, rows, eol));
      const result = readCsv(bytes, columnsFor(header));
      if (!result.ok) throw new Error(`refused a well-formed file: ${JSON.stringify(result.error)}`);
      const read = result.value.records.map((r) => header.map((_, i) => (r.values as Record<string, string>)[`k${i}`]));
      expect(read).toEqual(expectedRows(rows));
    }), { numRuns: runs });
  }, timeout);

  it('reads Shift_JIS files (the other encoding publishers use) the same way', () => {
    fc.assert(fc.property(table(sjisCell), fc.constantFrom('\n', '\r\n'), ({ header, rows }, eol) => {
      const result = readCsv(encodeShiftJis(serialise(header, rows, eol)), columnsFor(header));
      if (!result.ok) throw new Error(`refused a well-formed file: ${JSON.stringify(result.error)}`);
      expect(result.value.encoding).toBe('shift_jis'); // the header alone (列0…) is not ASCII
      const read = result.value.records.map((r) => header.map((_, i) => (r.values as Record<string, string>)[`k${i}`]));
      expect(read).toEqual(expectedRows(rows));
    }), { numRuns: runs });
  }, timeout);

  it('never throws on arbitrary bytes, and every error points at a line of the file', () => {
    const anyText = fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', 'a', '列0', ' ', '\uFEFF', '\u0000'), maxLength: 80 });
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      anyText.map((t) => new TextEncoder().encode(t)),
      anyText.map((t) => new Uint8Array([0xff, 0xfe, ...utf16le(t)])),
    );
    fc.assert(fc.property(input, (bytes) => {
      const result = readCsv(bytes, { k0: ['列0'] });
      if (result.ok) return;
      const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length + 1;
      expect(result.error.length).toBeGreaterThan(0);
      for (const e of result.error) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        // Decoding may differ (Shift_JIS, UTF-16), so bound by the byte count as well.
        expect(e.line).toBeLessThanOrEqual(Math.max(lines, bytes.length + 1));
        expect(e.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: runs * 3 });
  }, timeout);

  it('one broken record refuses the whole file, and says which line', () => {
    fc.assert(fc.property(table(cell).filter((t) => expectedRows(t.rows).length > 0), fc.nat(), fc.constantFrom('extra', 'unclosed'), ({ header, rows }, pick, damage) => {
      const kept = expectedRows(rows);
      const at = pick % kept.length;
      const lines = [header, ...kept].map((r) => r.map(quote).join(','));
      // A record's line is 2 + the newlines of the records before it (quoted newlines count).
      const start = 2 + lines.slice(1, at + 1).reduce((n, l) => n + l.split('\n').length, 0);
      const record = lines[at + 1] ?? '';
      lines[at + 1] = damage === 'extra' ? `${record},unexpected` : `${record},"never closed`;
      const result = readCsv(new TextEncoder().encode(`${lines.join('\n')}\n`), columnsFor(header));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      // Too many fields: reported where the record starts. A quote never closed swallows what
      // follows up to the next quote, so its error is at the damaged record or after it.
      if (damage === 'extra') expect(result.error.map((e) => e.line)).toContain(start);
      else expect(Math.max(...result.error.map((e) => e.line))).toBeGreaterThanOrEqual(start);
    }), { numRuns: runs });
  }, timeout);
});

import { err, ok, type Result } from '../result';
import { decodeCsvBytes } from './decode';
import { mapHeader } from './header';
import { parseCsv } from './parse';
import type { ColumnsSpec, CsvError, CsvPosition, CsvRecord, CsvTable, CsvValues } from './types';

/**
 * Reads an open-data CSV by header name, never by position. All-or-nothing: any error
 * refuses the whole file, so an import never half-applies. Every error is collected
 * (not just the first) so a publisher can fix the file in one pass.
 */
export function readCsv<S extends ColumnsSpec>(bytes: Uint8Array, columns: S): Result<CsvTable<S>, CsvError[]> {
  const { text, encoding } = decodeCsvBytes(bytes);
  const table = readCsvText(text, columns);
  return table.ok ? ok({ ...table.value, encoding }) : table;
}

/** Same as readCsv for text that is already decoded; `encoding` is reported as utf-8. */
export function readCsvText<S extends ColumnsSpec>(text: string, columns: S): Result<CsvTable<S>, CsvError[]> {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return err([parsed.error]);
  const [headerRow, ...rows] = parsed.value;
  if (!headerRow) return err([{ line: 1, message: 'the file is empty: a header line is required' }]);
  const header = mapHeader(headerRow.fields, columns, headerRow.line);
  const errors: CsvError[] = [...header.errors];
  const width = headerRow.fields.length;
  const records: CsvRecord<S>[] = [];

  for (const row of rows) {
    // Rows of nothing but commas are what spreadsheets leave below the data.
    if (row.fields.every((f) => f.trim() === '')) continue;
    const extra = row.fields.slice(width);
    if (row.fields.length < width || extra.some((f) => f.trim() !== '')) {
      errors.push({ line: row.line, message: `${row.fields.length} fields, but the header has ${width} (an unquoted comma or newline?)` });
      continue;
    }
    records.push(toRecord<S>(row.line, row.fields, row.positions, header.index));
  }
  if (errors.length > 0) return err(errors);
  const written = Object.fromEntries(header.written) as CsvTable<S>['header'];
  return ok({ encoding: 'utf-8', records, header: written, extraColumns: header.extraColumns });
}

function toRecord<S extends ColumnsSpec>(
  line: number,
  fields: string[],
  positions: CsvPosition[],
  index: Map<string, number>,
): CsvRecord<S> {
  const values: Record<string, string | undefined> = {};
  for (const [key, at] of index) values[key] = fields[at];
  return {
    line,
    values: values as CsvValues<S>,
    position: (key) => {
      const at = index.get(key as string);
      return (at === undefined ? undefined : positions[at]) ?? { line, col: 1 };
    },
  };
}

import { CATALOGUE_COLUMNS, REQUIRED_COLUMNS, toCatalogueRecord } from './catalogue-record.js';
import type { CatalogueColumn, CatalogueRecord } from './catalogue-record.js';
import { DelimitedSyntaxError, decodeExport, delimiterFor, readDelimited } from './delimited.js';

export type ExportResult = { ok: true; records: CatalogueRecord[] } | { ok: false; errors: string[] };

/** Errors beyond this many are counted, not listed: a wrong file would otherwise print 200,000 lines. */
const MAX_LISTED_ERRORS = 50;

/**
 * Reads a whole catalogue export (TSV or CSV, UTF-8 or Shift_JIS) and checks every row.
 * Errors read `file:line: column: problem`; any error refuses the file, so nothing is
 * imported from a file an operator has not seen to be right.
 */
export function readCatalogueExport(fileName: string, bytes: Uint8Array): ExportResult {
  const text = decodeExport(bytes);
  const delimiter = delimiterFor(fileName, text);
  const errors: string[] = [];
  let errorCount = 0;
  const fail = (line: number, message: string) => {
    errorCount++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(`${fileName}:${line}: ${message}`);
  };
  const records: CatalogueRecord[] = [];
  const firstLineOf = new Map<string, number>();
  let columns: Map<CatalogueColumn, number> | undefined;
  try {
    for (const row of readDelimited(text, delimiter)) {
      if (row.fields.every((f) => f.trim() === '')) continue;
      if (!columns) {
        columns = headerColumns(row.fields, (message) => fail(row.line, message));
        continue;
      }
      const values: Partial<Record<CatalogueColumn, string>> = {};
      for (const [column, at] of columns) values[column] = row.fields[at];
      const result = toCatalogueRecord(values);
      if (!result.ok) {
        for (const message of result.errors) fail(row.line, message);
        continue;
      }
      const earlier = firstLineOf.get(result.record.id);
      if (earlier !== undefined) fail(row.line, `record_id: "${result.record.id}" is already used on line ${earlier}`);
      else firstLineOf.set(result.record.id, row.line);
      records.push(result.record);
    }
  } catch (error) {
    if (!(error instanceof DelimitedSyntaxError)) throw error;
    fail(error.line, error.message);
  }
  if (!columns) fail(1, 'the file is empty: a header line is required');
  if (errorCount > errors.length) errors.push(`${fileName}: … and ${errorCount - errors.length} more errors`);
  return errorCount > 0 ? { ok: false, errors } : { ok: true, records };
}

function headerColumns(fields: string[], fail: (message: string) => void): Map<CatalogueColumn, number> {
  const columns = new Map<CatalogueColumn, number>();
  fields.forEach((name, at) => {
    const column = name.normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/g, '_');
    if ((CATALOGUE_COLUMNS as readonly string[]).includes(column)) columns.set(column as CatalogueColumn, at);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) fail(`header: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${CATALOGUE_COLUMNS.join(', ')})`);
  return columns;
}

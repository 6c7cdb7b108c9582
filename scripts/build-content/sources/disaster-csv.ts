import { readFile } from 'node:fs/promises';
import type * as v from 'valibot';
import { readCsv, type ColumnsSpec, type CsvRecord } from '../../../src/lib/csv/index.ts';
import { validate } from '../json-source.ts';
import type { Location } from '../report.ts';
import type { SourceContext } from './types.ts';

/** One valid row of an open-data CSV, with a way to point at any of its cells. */
export interface LocatedRow<S extends ColumnsSpec, R> {
  row: R;
  record: CsvRecord<S>;
  at(key: keyof S & string): Location;
}

export interface CsvFile<S extends ColumnsSpec, R> {
  /** As error messages show it: `content/disaster/evacuation-sites.csv`. */
  file: string;
  rows: LocatedRow<S, R>[];
}

/**
 * Reads one open-data CSV of content/ and validates every record against `schema`,
 * reporting each bad cell at its line and column under the header name the publisher
 * wrote. All or nothing: a file with any error yields no rows at all, so nothing from a
 * broken file can be merged with the good ones (the build then writes no pack anyway).
 * Undefined when the file does not exist.
 */
export async function readCsvRows<S extends ColumnsSpec, Schema extends v.GenericSchema>(
  path: string,
  columns: S,
  schema: Schema,
  ctx: SourceContext,
): Promise<CsvFile<S, v.InferOutput<Schema>> | undefined> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!bytes) return undefined;
  const file = ctx.display(path);
  const table = readCsv(new Uint8Array(bytes), columns);
  if (!table.ok) {
    for (const e of table.error) {
      ctx.errors.add({ file, line: e.line, col: e.col ?? 1, where: e.column ? `column "${e.column}"` : undefined }, e.message);
    }
    return { file, rows: [] };
  }
  const { header, records } = table.value;
  const errorsBefore = ctx.errors.count;
  const rows: LocatedRow<S, v.InferOutput<Schema>>[] = [];
  for (const record of records) {
    const at = (key: keyof S & string): Location => ({ file, ...record.position(key), where: `column "${header[key] ?? key}"` });
    const row = validate(schema, { value: record.values, at: (path) => at(String(path[0] ?? 'id')) }, ctx.errors);
    if (row !== undefined) rows.push({ row, record, at });
  }
  return { file, rows: ctx.errors.count === errorsBefore ? rows : [] };
}

/**
 * Reports every row whose ID was already used, here or in an earlier file, at the
 * repeated ID. `seen` carries the first use across files.
 */
export function checkDuplicateIds<S extends ColumnsSpec, R extends { id: string }>(
  rows: readonly LocatedRow<S, R>[],
  seen: Map<string, Location>,
  ctx: SourceContext,
  idKey: keyof S & string,
): void {
  for (const { row, at } of rows) {
    const first = seen.get(row.id);
    const here = at(idKey);
    if (first) ctx.errors.add(here, `duplicate ID "${row.id}" (first used in ${first.file} line ${first.line})`);
    else seen.set(row.id, here);
  }
}

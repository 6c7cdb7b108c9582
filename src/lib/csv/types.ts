/** Shapes shared by the CSV reader's parts. Pure data: no I/O, no DOM, no Node. */

/** A position in the decoded text, both 1-based. `col` counts UTF-16 code units. */
export interface CsvPosition {
  line: number;
  col: number;
}

/** Why a file was refused: where, which column (as written in the file's header), what. */
export interface CsvError {
  line: number;
  col?: number;
  column?: string;
  message: string;
}

/** One physical record: a record may span several lines when a quoted field holds a newline. */
export interface CsvRow {
  /** Line where the record starts (not its index: quoted newlines make them differ). */
  line: number;
  fields: string[];
  /** Where each field starts, parallel to `fields`. */
  positions: CsvPosition[];
}

/**
 * Which header names feed which key. A bare list is a required column; wrap it with
 * `optional()` for columns a publisher may leave out.
 */
export type ColumnDef = readonly string[] | { readonly names: readonly string[]; readonly optional: true };
export type ColumnsSpec = Record<string, ColumnDef>;

export function optional(names: readonly string[]): { readonly names: readonly string[]; readonly optional: true } {
  return { names, optional: true };
}

/** Values of one record: required columns are strings, optional ones undefined when absent from the file. */
export type CsvValues<S extends ColumnsSpec> = {
  [K in keyof S]: S[K] extends { optional: true } ? string | undefined : string;
};

export interface CsvRecord<S extends ColumnsSpec> {
  line: number;
  values: CsvValues<S>;
  /** Where the cell of `key` starts; the record's start when the column is absent. */
  position(key: keyof S): CsvPosition;
}

export interface CsvTable<S extends ColumnsSpec> {
  encoding: CsvEncoding;
  records: CsvRecord<S>[];
  /** The header text as written in the file, per key: error messages name the publisher's column. */
  header: { [K in keyof S]?: string };
  /** Header names no key asked for: publishers add columns, and that is not an error. */
  extraColumns: string[];
}

export type CsvEncoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

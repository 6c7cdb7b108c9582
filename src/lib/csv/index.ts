/** The open-data CSV reader: bytes in, records keyed by header name out, or precise errors. */
export { readCsv, readCsvText } from './read-csv';
export { decodeCsvBytes } from './decode';
export { normalizeHeader } from './header';
export { parseCsv } from './parse';
export { optional } from './types';
export type { ColumnsSpec, CsvEncoding, CsvError, CsvPosition, CsvRecord, CsvTable, CsvValues } from './types';

import { BRANCH_IDS, isHoldingStatus } from '../../../contract/library-branches.js';
import type { HoldingStatus } from '../../../contract/library-branches.js';
import { toIsbn13 } from './isbn.js';

/** One bibliographic record and its copies, as the import writes it. */
export interface CatalogueRecord {
  /** The library system's record id (書誌ID): stable across exports, so holds keep pointing at the book. */
  id: string;
  title: string;
  titleReading: string;
  author: string;
  authorReading: string;
  publisher: string;
  year: number | null;
  isbn13: string | null;
  /** 日本十進分類法, e.g. `913.6`. */
  ndc: string | null;
  holdings: { branch: string; status: HoldingStatus }[];
  /** True for the generated sample catalogue, which the UI labels as such. */
  sample: boolean;
}

/** The export's columns, by header name. `record_id` is required: see README (library). */
export const CATALOGUE_COLUMNS = ['record_id', 'title', 'title_reading', 'author', 'author_reading', 'publisher', 'year', 'isbn', 'ndc', 'holdings'] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CatalogueColumn[] = ['record_id', 'title', 'title_reading', 'holdings'];

const LIMITS: Partial<Record<CatalogueColumn, number>> = { record_id: 64, title: 500, title_reading: 500, author: 300, author_reading: 300, publisher: 200 };

export type RecordResult = { ok: true; record: CatalogueRecord } | { ok: false; errors: string[] };

/**
 * Checks one row of the export and turns it into a record. Every problem of the row is
 * reported, each naming its column, so an operator fixes a file in one pass.
 * Holdings are `branch:status` pairs separated by `;`, e.g. `sogo:available;nakoso:on_loan`.
 */
export function toCatalogueRecord(values: Partial<Record<CatalogueColumn, string>>, sample = false): RecordResult {
  const errors: string[] = [];
  const text = (column: CatalogueColumn): string => {
    const value = (values[column] ?? '').trim();
    const limit = LIMITS[column];
    if (limit !== undefined && value.length > limit) errors.push(`${column}: longer than ${limit} characters`);
    if (value === '' && REQUIRED_COLUMNS.includes(column)) errors.push(`${column}: empty, but every record needs one`);
    return value;
  };
  const id = text('record_id');
  const [title, titleReading, author, authorReading, publisher] = (['title', 'title_reading', 'author', 'author_reading', 'publisher'] as const).map(text) as [string, string, string, string, string];
  if (id !== '' && !/^[A-Za-z0-9._-]+$/.test(id)) errors.push(`record_id: "${id}" has characters other than letters, digits, . _ -`);
  const yearText = text('year');
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1000 && year <= 2100)) errors.push(`year: "${yearText}" is not a year`);
  const isbnText = text('isbn');
  const isbn13 = isbnText === '' ? null : (toIsbn13(isbnText) ?? null);
  if (isbnText !== '' && isbn13 === null) errors.push(`isbn: "${isbnText}" is not a valid ISBN-10 or ISBN-13 (check digit?)`);
  const ndc = text('ndc') || null;
  if (ndc !== null && !/^\d{1,3}(\.\d{1,6})?$/.test(ndc)) errors.push(`ndc: "${ndc}" is not an NDC class such as 913.6`);
  const holdings = parseHoldings(text('holdings'), errors);
  const record: CatalogueRecord = {
    id,
    title,
    titleReading,
    author,
    authorReading,
    publisher,
    year,
    isbn13,
    ndc,
    holdings,
    sample,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, record };
}

function parseHoldings(text: string, errors: string[]): CatalogueRecord['holdings'] {
  const holdings: CatalogueRecord['holdings'] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [branch = '', status = ''] = part.split(':').map((p) => p.trim());
    if (!BRANCH_IDS.has(branch)) errors.push(`holdings: unknown branch "${branch}" (known: ${[...BRANCH_IDS].join(', ')})`);
    else if (!isHoldingStatus(status)) errors.push(`holdings: unknown status "${status}" for ${branch} (available, on_loan, reserved, in_transit, reference)`);
    else holdings.push({ branch, status });
  }
  return holdings;
}

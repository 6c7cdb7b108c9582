import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/open.js';
import { retryWhenSqliteBusy } from '../db/busy-retry.js';
import type { Database } from '../db/schema.js';
import { ON_SHELF } from '../../../contract/library-branches.js';
import type { CatalogueRecord } from './catalogue-record.js';
import { FIELD_SEPARATOR, searchKey } from './search-key.js';

export interface ImportProgress {
  written: number;
  total: number;
}

export interface ImportOptions {
  /** Called every `progressEvery` records and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
  /**
   * Write only into an empty catalogue, decided under the import lock: servers starting
   * side by side on one PostgreSQL each find it empty, and only the first may seed it.
   */
  onlyIfEmpty?: boolean;
}

/** One catalogue import at a time across every server process on a PostgreSQL database. */
const IMPORT_LOCK_ID = BigInt('7318624650219006432');

const BATCH = 500;

/**
 * Replaces the whole catalogue with `records` in one transaction: an export is the
 * library's complete catalogue, and a failure half-way (disk full, a killed process) must
 * leave yesterday's catalogue searchable, not half of today's. Records must already be
 * valid (see read-export.ts); duplicates of one branch in a record's holdings collapse to
 * the copy that is on the shelf, if any.
 */
/** Answers whether it wrote (false only with `onlyIfEmpty` and a catalogue already there). */
export async function replaceCatalogue(db: Kysely<Database>, dialect: DialectName, records: readonly CatalogueRecord[], options: ImportOptions = {}): Promise<boolean> {
  const every = options.progressEvery ?? 10_000;
  // A second server process on the same SQLite file is refused while this one writes: it waits and tries again.
  return retryWhenSqliteBusy(() => db.transaction().execute(async (trx) => {
    // Held to the end of the transaction; on SQLite the file's own write lock serialises imports.
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(IMPORT_LOCK_ID)})`.execute(trx);
    if (options.onlyIfEmpty && (await catalogueSize(trx)) > 0) return false;
    await trx.deleteFrom('library_holdings').execute();
    await trx.deleteFrom('library_records').execute();
    if (dialect === 'sqlite') await sql`delete from library_search`.execute(trx);
    // A GIN index maintained row by row makes a 200,000-record load several times slower
    // than building it once at the end; the index comes back as it was defined.
    const trigramIndex = dialect === 'postgres' ? await dropTrigramIndex(trx) : undefined;
    let nextReport = every;
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const holdings = batch.map((record) => holdingRows(record));
      const rows = batch.map((record, i) => ({
        id: record.id,
        seq: start + i + 1,
        title: record.title,
        title_reading: record.titleReading,
        author: record.author,
        author_reading: record.authorReading,
        publisher: record.publisher,
        year: record.year,
        isbn13: record.isbn13,
        ndc: record.ndc,
        sample: record.sample ? 1 : 0,
        search_key: recordSearchKey(record),
        shelf_key: shelfKey(holdings[i] ?? []),
      }));
      await trx.insertInto('library_records').values(rows).execute();
      const holdingRowsOfBatch = holdings.flat();
      if (holdingRowsOfBatch.length > 0) await trx.insertInto('library_holdings').values(holdingRowsOfBatch).execute();
      if (dialect === 'sqlite') {
        await sql`insert into library_search (rowid, search_key) values ${sql.join(rows.map((r) => sql`(${r.seq}, ${r.search_key})`))}`.execute(trx);
      }
      const written = start + batch.length;
      if (written >= nextReport && written < records.length) {
        options.onProgress?.({ written, total: records.length });
        nextReport += every;
      }
    }
    if (trigramIndex) await sql.raw(trigramIndex).execute(trx);
    // Fresh statistics, or the planner guesses on an empty table's and scans (a seq scan
    // for an ISBN lookup); ANALYZE may run inside the transaction.
    if (dialect === 'postgres') await sql`analyze library_records, library_holdings`.execute(trx);
    options.onProgress?.({ written: records.length, total: records.length });
    return true;
  }));
}

async function dropTrigramIndex(trx: Kysely<Database>): Promise<string | undefined> {
  const { rows } = await sql<{ definition: string }>`select indexdef as definition from pg_indexes where schemaname = current_schema() and indexname = 'library_records_search_key'`.execute(trx);
  const definition = rows[0]?.definition;
  if (definition) await sql`drop index library_records_search_key`.execute(trx);
  return definition;
}

/** Title first, so "a field starts with the query" can be told by a leading `|` or the key's start. */
export function recordSearchKey(record: Pick<CatalogueRecord, 'title' | 'titleReading' | 'author' | 'authorReading' | 'publisher'>): string {
  return [record.title, record.titleReading, record.author, record.authorReading, record.publisher].map(searchKey).join(FIELD_SEPARATOR);
}

/** The record's holdings as the search filters read them (migration 025): `|sogo:available|nakoso:on_loan|`. */
export function shelfKey(holdings: readonly { branch: string; status: string }[]): string {
  return `|${holdings.map((h) => `${h.branch}:${h.status}|`).join('')}`;
}

function holdingRows(record: CatalogueRecord): { record_id: string; branch: string; status: string }[] {
  const byBranch = new Map<string, string>();
  for (const { branch, status } of record.holdings) {
    const seen = byBranch.get(branch);
    if (seen === undefined || (!ON_SHELF.includes(seen as never) && ON_SHELF.includes(status))) byBranch.set(branch, status);
  }
  return [...byBranch].map(([branch, status]) => ({ record_id: record.id, branch, status }));
}

export async function catalogueSize(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('library_records').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

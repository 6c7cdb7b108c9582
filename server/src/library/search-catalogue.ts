import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { DialectName } from '../db/open.js';
import type { Database, LibraryRecordsTable } from '../db/schema.js';
import { BRANCHES, ON_SHELF } from '../../../contract/library-branches.js';
import type { HoldingStatus } from '../../../contract/library-branches.js';
import { LIBRARY_PAGE_SIZE, MAX_COUNTED } from '../../../contract/api/library.js';
import type { LibraryRecord, LibrarySearchResult } from '../../../contract/api/library.js';
import { looksLikeIsbn, toIsbn13 } from './isbn.js';
import { isLatinKey, searchKey } from './search-key.js';
import { typoPatterns } from './typo-patterns.js';
import { postgresMatches } from './postgres-matches.js';
import type { Match, PostgresAccess } from './postgres-matches.js';

export interface CatalogueQuery {
  q: string;
  branch?: string | undefined;
  available?: boolean | undefined;
  ndc?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/** FTS5's trigram index answers a LIKE only from three characters on; shorter keys scan. */
const TRIGRAM = 3;
/** Typos are forgiven from this many letters: below it, one edit matches too much. */
const TYPO_MIN_LENGTH = 4;

/**
 * Finds books on either database with the same answer: both match LIKE '%key%' (or the
 * equivalent FTS5 phrase) on keys folded in JavaScript (search-key.ts), take the first
 * MAX_COUNTED matches in import order, and order those by relevance class, then import
 * order: integers only, so neither a collation nor one engine's ranking function decides.
 * Relevance: 0 a field starts with the query, 1 it is inside a field. The window keeps a
 * common word ("の", "いわき") as fast as a rare one: nobody pages past two hundred books.
 * An ISBN-shaped query looks up that book only. A Latin query with no match is tried
 * again with every pattern one edit away (typo-patterns.ts).
 */
export async function searchCatalogue(db: Kysely<Database>, dialect: DialectName, query: CatalogueQuery): Promise<LibrarySearchResult> {
  const window = { limit: query.limit ?? LIBRARY_PAGE_SIZE, offset: query.offset ?? 0 };
  const filters = filterSql(query);
  const find = (search: Search, rank: RawBuilder<number>) => firstMatches(db, dialect, search, rank);
  if (looksLikeIsbn(query.q)) {
    const isbn = toIsbn13(query.q);
    if (!isbn) return { total: 0, fuzzy: false, records: [] };
    return page(db, await find({ where: sql`r.isbn13 = ${isbn} and ${filters}`, postgres: 'planner' }, sql`0`), window, false);
  }
  const key = searchKey(query.q);
  if (key === '') return { total: 0, fuzzy: false, records: [] };
  const exact = await page(db, await find(matching(key, filters), rankSql(key)), window, false);
  if (exact.total > 0 || !isLatinKey(key) || key.length < TYPO_MIN_LENGTH) return exact;
  return page(db, await find(anyPattern(typoPatterns(key), filters), sql`2`), window, true);
}

/** What to match, and how each engine can find it fastest. `where` is on library_records `r`. */
interface Search {
  where: RawBuilder<unknown>;
  postgres: PostgresAccess;
  /** SQLite: FROM, WHERE and ORDER BY through the FTS5 trigram table, when it can answer. */
  sqliteFts?: RawBuilder<unknown> | undefined;
}

/** The first MAX_COUNTED matches in import order, each with its relevance class. */
async function firstMatches(db: Kysely<Database>, dialect: DialectName, search: Search, rank: RawBuilder<number>): Promise<Match[]> {
  if (dialect === 'postgres') return postgresMatches(db, search.where, rank, search.postgres);
  const fromWhere = search.sqliteFts ?? sql`from library_records r where ${search.where} order by r.seq`;
  const { rows } = await sql<Match>`select r.seq as seq, ${rank} as rank ${fromWhere} limit ${MAX_COUNTED}`.execute(db);
  return rows.map((m) => ({ seq: Number(m.seq), rank: Number(m.rank) }));
}

/** Records whose key matches any of the LIKE patterns (one edit away from the query). */
function anyPattern(patterns: string[], filters: RawBuilder<unknown>): Search {
  const indexable = patterns.every((p) => longestLiteralRun(p) >= TRIGRAM);
  const where = sql`(${sql.join(patterns.map((p) => sql`r.search_key like ${p}`), sql` or `)}) and ${filters}`;
  if (!indexable) return { where, postgres: 'ordered' };
  // A union of single-pattern lookups: FTS5 uses its trigram index for one LIKE, not for an OR.
  const lookups = patterns.map((p) => sql`select rowid from library_search where search_key like ${p}`);
  return { where, postgres: 'trigram', sqliteFts: sql`from library_records r where r.seq in (${sql.join(lookups, sql` union `)}) and ${filters} order by r.seq` };
}

function longestLiteralRun(pattern: string): number {
  return Math.max(0, ...pattern.split(/[%_]/).map((part) => [...part].length));
}

/** Records containing `key`, through the engine's trigram index when it can use one. */
function matching(key: string, filters: RawBuilder<unknown>): Search {
  const where = sql`r.search_key like ${`%${key}%`} and ${filters}`;
  if ([...key].length < TRIGRAM) return { where, postgres: 'ordered' };
  // An FTS5 phrase on the trigram tokenizer is a substring match, like LIKE '%key%', and
  // walks the index in rowid (= seq) order; CROSS JOIN keeps SQLite from reordering the
  // join, so the window reads the index in order and stops after MAX_COUNTED rows
  // (a plain join sorted all matches first: 200 ms for a common word at 200,000 records).
  // The key holds letters and digits only: nothing in it can break out of the quotes.
  // Ordered by s.rowid (equal to r.seq) so the order is the index's own.
  const sqliteFts = sql`from library_search s cross join library_records r on r.seq = s.rowid where library_search match ${`"${key}"`} and ${filters} order by s.rowid`;
  return { where, postgres: 'trigram', sqliteFts };
}

function rankSql(key: string): RawBuilder<number> {
  return sql<number>`case when r.search_key like ${`${key}%`} or r.search_key like ${`%|${key}%`} then 0 else 1 end`;
}

/**
 * Branch and availability test the record's shelf key (`|sogo:available|…|`, migration
 * 025), not a join: a row's own column is as cheap on both databases. Branch ids and
 * on-shelf statuses are plain lowercase words, so they add no LIKE wildcard.
 */
function filterSql(query: CatalogueQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.ndc) parts.push(sql`r.ndc like ${`${query.ndc}%`}`);
  if (query.branch || query.available) {
    const branch = query.branch ? `|${query.branch}:` : ':';
    const shelves = query.available ? ON_SHELF.map((status) => `%${branch}${status}|%`) : [`%${branch}%`];
    parts.push(sql`(${sql.join(shelves.map((p) => sql`r.shelf_key like ${p}`), sql` or `)})`);
  }
  return sql.join(parts, sql` and `);
}

async function page(db: Kysely<Database>, matches: readonly Match[], window: { limit: number; offset: number }, fuzzy: boolean): Promise<LibrarySearchResult> {
  const ordered = [...matches].sort((a, b) => a.rank - b.rank || a.seq - b.seq);
  const wanted = ordered.slice(window.offset, window.offset + window.limit).map((m) => m.seq);
  if (wanted.length === 0) return { total: ordered.length, fuzzy, records: [] };
  const rows = await db
    .selectFrom('library_records')
    .select(['id', 'seq', 'title', 'title_reading', 'author', 'author_reading', 'publisher', 'year', 'isbn13', 'ndc', 'sample'])
    .where('seq', 'in', wanted)
    .execute();
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
  return { total: ordered.length, fuzzy, records: await withHoldings(db, wanted.flatMap((seq) => bySeq.get(seq) ?? [])) };
}

const BRANCH_ORDER = new Map(BRANCHES.map((b, i) => [b.id, i]));

export async function withHoldings(db: Kysely<Database>, rows: readonly Omit<LibraryRecordsTable, 'search_key' | 'shelf_key'>[]): Promise<LibraryRecord[]> {
  if (rows.length === 0) return [];
  const holdings = await db.selectFrom('library_holdings').select(['record_id', 'branch', 'status']).where('record_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    titleReading: r.title_reading,
    author: r.author,
    authorReading: r.author_reading,
    publisher: r.publisher,
    year: r.year === null ? null : Number(r.year),
    isbn13: r.isbn13,
    ndc: r.ndc,
    sample: Number(r.sample) === 1,
    holdings: holdings
      .filter((h) => h.record_id === r.id)
      .sort((a, b) => (BRANCH_ORDER.get(a.branch) ?? 99) - (BRANCH_ORDER.get(b.branch) ?? 99))
      .map((h) => ({ branch: h.branch, status: h.status as HoldingStatus })),
  }));
}

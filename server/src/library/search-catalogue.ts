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
  if (looksLikeIsbn(query.q)) {
    const isbn = toIsbn13(query.q);
    if (!isbn) return { total: 0, fuzzy: false, records: [] };
    return page(db, sql`from library_records r where r.isbn13 = ${isbn} and ${filters} order by r.seq`, sql`0`, window, false);
  }
  const key = searchKey(query.q);
  if (key === '') return { total: 0, fuzzy: false, records: [] };
  const exact = await page(db, matching(dialect, key, filters), rankSql(key), window, false);
  if (exact.total > 0 || !isLatinKey(key) || key.length < TYPO_MIN_LENGTH) return exact;
  return page(db, sql`from library_records r where ${anyPattern(dialect, typoPatterns(key))} and ${filters} order by r.seq`, sql`2`, window, true);
}

/** Records whose key matches any of the LIKE patterns (one edit away from the query). */
function anyPattern(dialect: DialectName, patterns: string[]): RawBuilder<unknown> {
  if (dialect === 'sqlite' && patterns.every((p) => longestLiteralRun(p) >= TRIGRAM)) {
    // A union of single-pattern lookups: FTS5 uses its trigram index for one LIKE, not for an OR.
    const lookups = patterns.map((p) => sql`select rowid from library_search where search_key like ${p}`);
    return sql`r.seq in (${sql.join(lookups, sql` union `)})`;
  }
  return sql`(${sql.join(patterns.map((p) => sql`r.search_key like ${p}`), sql` or `)})`;
}

function longestLiteralRun(pattern: string): number {
  return Math.max(0, ...pattern.split(/[%_]/).map((part) => [...part].length));
}

/** The FROM and WHERE of records containing `key`, through the engine's trigram index when it can use one. */
function matching(dialect: DialectName, key: string, filters: RawBuilder<unknown>): RawBuilder<unknown> {
  if (dialect === 'sqlite' && [...key].length >= TRIGRAM) {
    // An FTS5 phrase on the trigram tokenizer is a substring match, like LIKE '%key%', and
    // walks the index in rowid (= seq) order; CROSS JOIN keeps SQLite from reordering the
    // join, so the window reads the index in order and stops after MAX_COUNTED rows
    // (a plain join sorted all matches first: 200 ms for a common word at 200,000 records).
    // The key holds letters and digits only: nothing in it can break out of the quotes.
    // Ordered by s.rowid (equal to r.seq) so the order is the index's own.
    return sql`from library_search s cross join library_records r on r.seq = s.rowid where library_search match ${`"${key}"`} and ${filters} order by s.rowid`;
  }
  return sql`from library_records r where r.search_key like ${`%${key}%`} and ${filters} order by r.seq`;
}

function rankSql(key: string): RawBuilder<number> {
  return sql<number>`case when r.search_key like ${`${key}%`} or r.search_key like ${`%|${key}%`} then 0 else 1 end`;
}

function filterSql(query: CatalogueQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.ndc) parts.push(sql`r.ndc like ${`${query.ndc}%`}`);
  if (query.branch || query.available) {
    const branch = query.branch ? sql`and h.branch = ${query.branch}` : sql``;
    const onShelf = query.available ? sql`and h.status in (${sql.join(ON_SHELF.map((s) => sql`${s}`))})` : sql``;
    parts.push(sql`exists (select 1 from library_holdings h where h.record_id = r.id ${branch} ${onShelf})`);
  }
  return sql.join(parts, sql` and `);
}

/** `fromWhere` ends with the ORDER BY that puts matches in import order. */
async function page(db: Kysely<Database>, fromWhere: RawBuilder<unknown>, rank: RawBuilder<number>, window: { limit: number; offset: number }, fuzzy: boolean): Promise<LibrarySearchResult> {
  const matches = await sql<{ seq: number; rank: number }>`select r.seq as seq, ${rank} as rank ${fromWhere} limit ${MAX_COUNTED}`.execute(db);
  const ordered = matches.rows.map((m) => ({ seq: Number(m.seq), rank: Number(m.rank) })).sort((a, b) => a.rank - b.rank || a.seq - b.seq);
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

export async function withHoldings(db: Kysely<Database>, rows: readonly Omit<LibraryRecordsTable, 'search_key'>[]): Promise<LibraryRecord[]> {
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

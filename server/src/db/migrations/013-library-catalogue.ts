import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// The library catalogue (issue 20). Records carry `search_key`: title, readings, author and
// publisher folded by server/src/library/search-key.ts and joined with `|`; search is a
// substring match on it. SQLite indexes it in an FTS5 trigram table (substring LIKE through
// the index); PostgreSQL in a pg_trgm GIN index when the extension can be had, else LIKE
// scans the table. Both answer the same LIKE, so both return the same books.
export const libraryCatalogue: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('library_records')
      // Import order: results sort by it after relevance, the same on both databases (text
      // order would follow PostgreSQL's collation). The primary key, so on SQLite it is the
      // rowid: a scan in seq order is a plain table scan that can stop early, and the FTS
      // table's rowid joins straight onto it.
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_reading', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('author_reading', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text', (c) => c.notNull())
      .addColumn('year', 'integer')
      .addColumn('isbn13', 'text')
      .addColumn('ndc', 'text')
      .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('search_key', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('library_records_isbn13').on('library_records').column('isbn13').execute();
    await db.schema.createIndex('library_records_ndc').on('library_records').column('ndc').execute();
    await db.schema
      .createTable('library_holdings')
      .addColumn('record_id', 'text', (c) => c.notNull().references('library_records.id').onDelete('cascade'))
      .addColumn('branch', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('library_holdings_pk', ['record_id', 'branch'])
      .execute();
    await db.schema.createIndex('library_holdings_branch_status').on('library_holdings').columns(['branch', 'status']).execute();

    if (await isPostgres(db)) {
      const trgm = await trigramSchema(db);
      if (trgm) {
        await sql`create index library_records_search_key on library_records using gin (search_key ${sql.raw(`"${trgm}".gin_trgm_ops`)})`.execute(db);
      }
    } else {
      // A copy of the keys (not external content): imports write both in one transaction.
      await sql`create virtual table library_search using fts5(search_key, tokenize = 'trigram')`.execute(db);
    }
  },

  async down(db: Kysely<unknown>): Promise<void> {
    if (!(await isPostgres(db))) await sql`drop table if exists library_search`.execute(db);
    await db.schema.dropTable('library_holdings').execute();
    await db.schema.dropTable('library_records').execute();
  },
};

async function isPostgres(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`select current_schema()`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * The schema pg_trgm lives in, creating it in `public` when it is missing and this role may
 * (pg_trgm is a trusted extension: CREATE on the database is enough). Undefined when it
 * cannot be had: search then still works, by scanning.
 */
async function trigramSchema(db: Kysely<unknown>): Promise<string | undefined> {
  const installed = async () =>
    (await sql<{ schema: string }>`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db)).rows[0]?.schema;
  const existing = await installed();
  if (existing) return existing;
  const { rows } = await sql<{ can: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'pg_trgm')
       and has_database_privilege(current_database(), 'CREATE')
       and exists (select 1 from pg_namespace where nspname = 'public')
       and has_schema_privilege('public', 'CREATE') as can`.execute(db);
  if (!rows[0]?.can) return undefined;
  await sql`create extension if not exists pg_trgm schema public`.execute(db);
  return installed();
}

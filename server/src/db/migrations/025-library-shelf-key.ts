import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// Where each record has a copy, and in what state, folded into one string on the record:
// `|sogo:available|nakoso:on_loan|`. The branch and availability filters of a search were
// an EXISTS on library_holdings for every matching record; PostgreSQL planned that as a
// hash join over a whole branch's holdings (150–450 ms at 200,000 records). A LIKE on the
// record's own row costs microseconds and is the same test on both databases. The import
// writes it from the same deduplicated holdings it writes to library_holdings.
export const libraryShelfKey: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('library_records').addColumn('shelf_key', 'text', (c) => c.notNull().defaultTo('|')).execute();
    const joined = (await isPostgres(db)) ? sql`string_agg(h.branch || ':' || h.status || '|', '')` : sql`group_concat(h.branch || ':' || h.status || '|', '')`;
    await sql`update library_records set shelf_key = '|' || coalesce((select ${joined} from library_holdings h where h.record_id = library_records.id), '')`.execute(db);
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('library_records').dropColumn('shelf_key').execute();
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

import type { Kysely, Migration } from 'kysely';

// Token buckets for the anonymous endpoints (services/rate-buckets.ts), in the database so
// that several app servers on one PostgreSQL share one allowance per client instead of
// each granting its own. One row per client key; both "full again" times are milliseconds
// since the epoch as double precision, which SQLite stores as REAL.
export const rateBuckets: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('rate_buckets')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('requests_full_at', 'double precision', (c) => c.notNull())
      .addColumn('bytes_full_at', 'double precision', (c) => c.notNull())
      .addColumn('granted', 'integer', (c) => c.notNull())
      .execute();
    // The sweep deletes buckets that are full again.
    await db.schema.createIndex('rate_buckets_requests_full_at').on('rate_buckets').column('requests_full_at').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('rate_buckets').execute();
  },
};

import { Migrator, sql } from 'kysely';
import type { Kysely, MigrationResult } from 'kysely';
import type { DialectName } from './open.js';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations/index.js';

/**
 * Brings the schema to the latest migration. Safe to run on every start and from several
 * servers at once: Kysely records applied migrations and, on PostgreSQL, takes an advisory lock.
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<MigrationResult[]> {
  return underMigrationLock(db, dialect, () => migrate(db, dialect));
}

/**
 * Kysely's own lock covers running the migrations, not its first look at the catalogue
 * (does its table exist? create it), which scans every schema: two servers starting at
 * once, or a schema dropped meanwhile, can fail that scan. Anything that migrates (or
 * drops a schema) on PostgreSQL does it under this lock. SQLite: one file, one writer.
 */
export async function underMigrationLock<T>(db: Kysely<Database>, dialect: DialectName, run: () => Promise<T>): Promise<T> {
  if (dialect !== 'postgres') return run();
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(connection);
    try {
      return await run();
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(connection);
    }
  });
}

/** A lock id of Madoguchi's own (Kysely's is another: taking its id here would wait for ourselves). */
export const MIGRATION_LOCK_ID = BigInt('7318624650219006431');

async function migrate(db: Kysely<Database>, dialect: DialectName): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableSchema: dialect === 'postgres' ? await currentSchema(db) : undefined,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
  return results;
}

/**
 * Kysely looks for its bookkeeping table in every schema unless told which one, so a
 * second Madoguchi (or a test) in another schema of the same database would be taken
 * for this one. Pin it to the schema our tables go to: the first of the search_path.
 */
async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path in DATABASE_URL');
  return schema;
}

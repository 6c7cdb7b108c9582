import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Dialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrate.js';
import { withStatementCache } from './statement-cache.js';

export type DialectName = 'sqlite' | 'postgres';

export interface OpenDatabaseOptions {
  /** Where the SQLite file lives; created if missing. Ignored when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl?: string | undefined;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  close: () => Promise<void>;
}

export const SQLITE_FILE_NAME = 'madoguchi.sqlite';

/** Opens the database the environment asks for and migrates it to the latest schema. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const dialect: DialectName = options.databaseUrl ? 'postgres' : 'sqlite';
  const db = new Kysely<Database>({
    dialect: options.databaseUrl ? postgres(options.databaseUrl) : sqlite(options.dataDir),
  });
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}

function sqlite(dataDir: string): Dialect {
  mkdirSync(dataDir, { recursive: true });
  const database = new SQLite(join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers (staff console) run while a submission is written.
  database.pragma('journal_mode = WAL');
  // FULL, not NORMAL: once a receipt number is answered the client deletes its copy,
  // so the row must survive a power cut at the 支所.
  database.pragma('synchronous = FULL');
  // Another process (a backup, the sqlite3 shell) may hold the lock briefly; wait, don't fail.
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: withStatementCache(database) });
}

function postgres(connectionString: string): Dialect {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection (server restart) must not crash the process;
  // the pool drops it and the next query opens a new one.
  pool.on('error', (error) => console.error('PostgreSQL idle client error:', error.message));
  return new PostgresDialect({ pool });
}

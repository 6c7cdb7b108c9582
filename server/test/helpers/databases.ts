import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MIGRATION_LOCK_ID } from '../../src/db/migrate.js';

/** The databases every database suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export type TestDatabase = { name: 'sqlite' } | { name: 'postgres'; url: string };

export const testDatabases: TestDatabase[] = [
  { name: 'sqlite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, url: process.env.TEST_DATABASE_URL }] : []),
];


/** A database of its own for one test file: a temp DATA_DIR, and on PostgreSQL a fresh schema. */
export interface Scratch {
  dataDir: string;
  databaseUrl: string | undefined;
  cleanup: () => Promise<void>;
}

export async function createScratch(database: TestDatabase): Promise<Scratch> {
  const dataDir = await mkdtemp(join(tmpdir(), 'madoguchi-test-'));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  if (database.name === 'sqlite') {
    return { dataDir, databaseUrl: undefined, cleanup: removeDir };
  }
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withClient(database.url, (client) => client.query(`create schema "${schema}"`));
  // search_path in the URL: the server code under test needs no test-only switch.
  const url = new URL(database.url);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    dataDir,
    databaseUrl: url.toString(),
    cleanup: async () => {
      await withClient(database.url, async (client) => {
        // A server's migration scans every schema's columns (pg_get_serial_sequence) under
        // this advisory lock; a schema dropped by another test file during that scan fails
        // it ("column does not exist"). Dropping under the same lock keeps them apart.
        await client.query(`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
        try {
          await client.query(`drop schema "${schema}" cascade`);
        } finally {
          await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
        }
      });
      await removeDir();
    },
  };
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

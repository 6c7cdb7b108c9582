import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase, SQLITE_FILE_NAME } from '../src/db/open.js';
import type { OpenDatabase } from '../src/db/open.js';
import { createScratch, testDatabases } from './helpers/databases.js';
import type { Scratch } from './helpers/databases.js';

const TABLES = ['audit_events', 'counter_sessions', 'kiosk_notices', 'kiosks', 'login_throttle', 'rate_buckets', 'receipt_counters', 'reservations', 'shelter_status', 'shelter_status_changes', 'staff_sessions', 'staff_user_departments', 'staff_users', 'submissions', 'submission_replies', 'faq_proposals'];
/** Migration 013: SQLite's FTS5 index of the catalogue is a virtual table with its shadow tables. */
const LIBRARY_FTS_TABLES = ['library_search', 'library_search_config', 'library_search_content', 'library_search_data', 'library_search_docsize', 'library_search_idx'];

describe.shuffle.each(testDatabases)('migrations on $name', (database) => {
  let scratch: Scratch;
  let opened: OpenDatabase;
  beforeAll(async () => {
    scratch = await createScratch(database);
    opened = await openDatabase(scratch);
  });
  afterAll(async () => {
    await opened.close();
    await scratch.cleanup();
  });

  it('create every table on the first start', async () => {
    // On PostgreSQL other test files' schemas are visible too: look at ours only.
    const ours = opened.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(opened.db)).rows[0]?.s : undefined;
    const tables = (await opened.db.introspection.getTables()).filter((table) => table.schema === ours).map((table) => table.name);
    const library = ['library_holdings', 'library_records', ...(opened.dialect === 'sqlite' ? LIBRARY_FTS_TABLES : [])];
    expect(tables.sort()).toEqual([...TABLES, ...library].sort());
  });

  it('are idempotent: running them again changes nothing', async () => {
    expect(await migrateToLatest(opened.db, opened.dialect)).toEqual([]);
    const reopened = await openDatabase(scratch);
    await reopened.close();
  });

  it('keep the data across a restart', async () => {
    await opened.db.insertInto('receipt_counters').values({ year: 1999, last: 7 }).execute();
    const reopened = await openDatabase(scratch);
    try {
      const row = await reopened.db.selectFrom('receipt_counters').select('last').where('year', '=', 1999).executeTakeFirst();
      expect(row?.last).toBe(7);
    } finally {
      await reopened.close();
    }
  });

  it('enforce the staff role and unique usernames', async () => {
    const user = { id: 'u1', username: 'sato', password_hash: 'x', role: 'staff' as const, created_at: new Date().toISOString() };
    await opened.db.insertInto('staff_users').values(user).execute();
    await expect(opened.db.insertInto('staff_users').values({ ...user, id: 'u2' }).execute()).rejects.toThrow();
    await expect(
      opened.db.insertInto('staff_users').values({ ...user, id: 'u3', username: 'kato', role: 'root' as 'admin' }).execute(),
    ).rejects.toThrow();
    const row = await opened.db.selectFrom('staff_users').select('disabled').where('id', '=', 'u1').executeTakeFirstOrThrow();
    expect(row.disabled).toBe(0);
  });

  // SQLite only, and not registered at all on PostgreSQL: a permanent "1 skipped" in the
  // summary would hide a real skip.
  if (database.name === 'sqlite') {
    it('the first start creates DATA_DIR/madoguchi.sqlite in WAL mode', async () => {
      expect(existsSync(join(scratch.dataDir, SQLITE_FILE_NAME))).toBe(true);
      const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(opened.db);
      expect(rows[0]?.journal_mode).toBe('wal');
    });
  }
});

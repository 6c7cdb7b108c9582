import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationProvider } from '../src/db/migrations/index.js';
import { openDatabase } from '../src/db/open.js';
import { underMigrationLock } from '../src/db/migrate.js';
import type { OpenDatabase } from '../src/db/open.js';
import { searchCatalogue } from '../src/library/search-catalogue.js';
import { createScratch, testDatabases } from './helpers/databases.js';
import type { Scratch } from './helpers/databases.js';

// Migration 025 adds library_records.shelf_key, which the branch and availability filters
// read. A catalogue imported before the upgrade must filter as it did, without a re-import.
describe.shuffle.each(testDatabases)('the library shelf key migration on $name', (database) => {
  let scratch: Scratch;
  let opened: OpenDatabase;
  let migrator: Migrator;

  beforeEach(async () => {
    scratch = await createScratch(database);
    opened = await openDatabase(scratch);
    const schema = opened.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(opened.db)).rows[0]?.s : undefined;
    migrator = new Migrator({ db: opened.db, provider: migrationProvider, migrationTableSchema: schema });
  });
  const migrate = {
    to: (name: string) => underMigrationLock(opened.db, opened.dialect, () => migrator.migrateTo(name)),
    latest: () => underMigrationLock(opened.db, opened.dialect, () => migrator.migrateToLatest()),
  };
  afterEach(async () => {
    await opened.close();
    await scratch.cleanup();
  });

  it('fills the shelf key of a catalogue imported before it, so filters still find its books', async () => {
    expect((await migrate.to('016_counter_sessions')).error).toBeUndefined();
    const record = async (seq: number, id: string, title: string) => {
      await sql`insert into library_records (seq, id, title, title_reading, author, author_reading, publisher, sample, search_key) values (${seq}, ${id}, ${title}, '', '', '', '', 0, ${title})`.execute(opened.db);
      // SQLite's FTS5 copy of the keys, as the import writes it.
      if (opened.dialect === 'sqlite') await sql`insert into library_search (rowid, search_key) values (${seq}, ${title})`.execute(opened.db);
    };
    await record(1, 'a', 'ほしのうた');
    await record(2, 'b', 'ほしのうみ');
    await record(3, 'c', 'ほしのそら');
    for (const [id, branch, status] of [['a', 'sogo', 'on_loan'], ['a', 'nakoso', 'available'], ['b', 'nakoso', 'on_loan']]) {
      await sql`insert into library_holdings (record_id, branch, status) values (${id}, ${branch}, ${status})`.execute(opened.db);
    }
    expect((await migrate.latest()).error).toBeUndefined();
    const keys = await opened.db.selectFrom('library_records').select(['id', 'shelf_key']).orderBy('seq').execute();
    expect(keys.map((k) => [k.id, k.shelf_key.split('|').filter(Boolean).sort()])).toEqual([['a', ['nakoso:available', 'sogo:on_loan']], ['b', ['nakoso:on_loan']], ['c', []]]);
    const ids = async (query: Parameters<typeof searchCatalogue>[2]) => (await searchCatalogue(opened.db, opened.dialect, query)).records.map((r) => r.id);
    expect(await ids({ q: 'ほしの', branch: 'nakoso' })).toEqual(['a', 'b']);
    expect(await ids({ q: 'ほしの', branch: 'nakoso', available: true })).toEqual(['a']);
    expect(await ids({ q: 'ほしの', available: true })).toEqual(['a']);
    expect(await ids({ q: 'ほしの', branch: 'sogo', available: true })).toEqual([]);
  });
});

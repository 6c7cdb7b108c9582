import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationProvider } from '../src/db/migrations/index.js';
import { openDatabase } from '../src/db/open.js';
import { underMigrationLock } from '../src/db/migrate.js';
import type { OpenDatabase } from '../src/db/open.js';
import { createScratch, testDatabases } from './helpers/databases.js';
import type { Scratch } from './helpers/databases.js';

// Migration 003 adds kiosk_notices.hazard. A server upgraded in the middle of a disaster
// must keep showing the notices already posted, and a rollback must not lose them.
describe.shuffle.each(testDatabases)('the notice hazard migration on $name', (database) => {
  let scratch: Scratch;
  let opened: OpenDatabase;
  let migrator: Migrator;
  const notice = { created_at: '2026-06-01T00:00:00.000Z', expires_at: '2099-01-01T00:00:00.000Z', severity: 'emergency' as const, targets: '"all"', message: '{"ja":"避難指示"}' };

  // A database of its own for each test: the migrations run from the start every time.
  beforeEach(async () => {
    scratch = await createScratch(database);
    opened = await openDatabase(scratch);
    const schema = opened.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(opened.db)).rows[0]?.s : undefined;
    migrator = new Migrator({ db: opened.db, provider: migrationProvider, migrationTableSchema: schema });
  });
  // Under the lock every migration takes on PostgreSQL, as the server's own run does.
  const migrate = {
    to: (name: string) => underMigrationLock(opened.db, opened.dialect, () => migrator.migrateTo(name)),
    latest: () => underMigrationLock(opened.db, opened.dialect, () => migrator.migrateToLatest()),
  };
  afterEach(async () => {
    await opened.close();
    await scratch.cleanup();
  });

  it('a notice posted before the upgrade reads back with no hazard', async () => {
    expect((await migrate.to('002_staff_kiosks_audit')).error).toBeUndefined();
    await sql`insert into kiosk_notices (id, created_at, expires_at, severity, targets, message) values ('old', ${notice.created_at}, ${notice.expires_at}, ${notice.severity}, ${notice.targets}, ${notice.message})`.execute(opened.db);
    expect((await migrate.latest()).error).toBeUndefined();
    const row = await opened.db.selectFrom('kiosk_notices').select(['id', 'hazard']).where('id', '=', 'old').executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 'old', hazard: null });
  });

  it('rolling back drops the column and keeps the notices', async () => {
    expect((await migrate.to('002_staff_kiosks_audit')).error).toBeUndefined();
    await sql`insert into kiosk_notices (id, created_at, expires_at, severity, targets, message) values ('old', ${notice.created_at}, ${notice.expires_at}, ${notice.severity}, ${notice.targets}, ${notice.message})`.execute(opened.db);
    expect((await migrate.latest()).error).toBeUndefined();
    await opened.db.insertInto('kiosk_notices').values({ id: 'new', hazard: 'tsunami', ...notice }).execute();
    expect((await migrate.to('002_staff_kiosks_audit')).error).toBeUndefined();
    const ids = await sql<{ id: string }>`select id from kiosk_notices order by id`.execute(opened.db);
    expect(ids.rows.map((r) => r.id)).toEqual(['new', 'old']);
    expect((await migrate.latest()).error).toBeUndefined();
  });
});

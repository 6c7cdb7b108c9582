import type { Kysely, Migration } from 'kysely';

// Shelter status (開設状況・混雑状況), set by staff from a phone at the shelter.
//
// `shelter_status` holds one current row per site; `shelter_status_changes` every change
// ever delivered, keyed by the id the phone chose, so a change queued offline and sent
// again is applied once (the same rule as submissions), and an audit of who said "full"
// when survives.
//
// Shelter staff (`shelter_only`) may set shelter status and nothing else: volunteers and
// school staff running a shelter need no access to submissions or notices. A flag, not a
// new value of `role`, for the same reason as 004's disaster_officer: 001's check on role
// cannot be changed in SQLite without rebuilding the table.
export const shelterStatus: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('shelter_status')
      .addColumn('site_id', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('headcount', 'integer')
      .addColumn('set_at', 'text', (c) => c.notNull())
      .addColumn('change_id', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('shelter_status_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('headcount', 'integer')
      .addColumn('set_at', 'text', (c) => c.notNull())
      /** sha256 of the body as sent: tells a replay from another change under the same id. */
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('received_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('shelter_status_changes_site').on('shelter_status_changes').columns(['site_id', 'set_at']).execute();

    await db.schema.alterTable('staff_users').addColumn('shelter_only', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('staff_users').dropColumn('shelter_only').execute();
    await db.schema.dropTable('shelter_status_changes').execute();
    await db.schema.dropTable('shelter_status').execute();
  },
};

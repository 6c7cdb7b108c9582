import type { Kysely, Migration } from 'kysely';

// 001 already holds users, sessions, kiosks and notices; this adds what the staff console
// and the kiosk fleet need on top. One column per ALTER: SQLite takes no more.
export const staffKiosksAudit: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    // Who did what, when: append-only, read newest first by the staff console.
    await db.schema
      .createTable('audit_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at', 'id']).execute();

    // A kiosk row is made when staff issue its enrolment token; the token lapses unused.
    await db.schema.alterTable('kiosks').addColumn('created_at', 'text').execute();
    await db.schema.alterTable('kiosks').addColumn('enrol_token_expires_at', 'text').execute();

    // Notices are withdrawn, not deleted, so the record of what was shown survives.
    await db.schema.alterTable('kiosk_notices').addColumn('created_by', 'text').execute();
    await db.schema.alterTable('kiosk_notices').addColumn('withdrawn_at', 'text').execute();
    await db.schema.alterTable('kiosk_notices').addColumn('withdrawn_by', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const column of ['withdrawn_by', 'withdrawn_at', 'created_by']) {
      await db.schema.alterTable('kiosk_notices').dropColumn(column).execute();
    }
    for (const column of ['enrol_token_expires_at', 'created_at']) {
      await db.schema.alterTable('kiosks').dropColumn(column).execute();
    }
    await db.schema.dropTable('audit_events').execute();
  },
};

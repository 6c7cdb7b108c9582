import type { Kysely, Migration } from 'kysely';

// A staff notice may name its hazard (tsunami, flood, …), so disaster mode opens the
// evacuation list with it chosen. Nullable: older notices, and closures, name none. Plain
// text like every other column, so SQLite and PostgreSQL read it alike; the API schema
// holds the list of allowed codes, which would otherwise need a migration per new hazard.
export const noticeHazard: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('kiosk_notices').addColumn('hazard', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('kiosk_notices').dropColumn('hazard').execute();
  },
};

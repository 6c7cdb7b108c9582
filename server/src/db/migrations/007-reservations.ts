import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// Facility reservation (issue 17 §1). One row per requested slot, keyed by the submission that
// asked for it, so a delivery retried by the outbox holds nothing twice.
//
// Double booking is made impossible by the database, not by the code that checks first: a
// UNIQUE index over (room, date, start) among the rows that still hold their slot (held or
// confirmed). A partial index, so a declined or cancelled slot can be asked for again. Both
// SQLite (3.8+) and PostgreSQL enforce it, and both accept it as an ON CONFLICT target.
export const reservations: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('reservations')
      .addColumn('submission_id', 'text', (c) => c.notNull())
      .addColumn('slot_index', 'integer', (c) => c.notNull())
      .addColumn('room_id', 'text', (c) => c.notNull())
      .addColumn('slot_date', 'text', (c) => c.notNull())
      .addColumn('slot_start', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('held', 'confirmed', 'declined', 'cancelled')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reservations_pk', ['submission_id', 'slot_index'])
      .execute();
    await db.schema
      .createIndex('reservations_one_holder_per_slot')
      .on('reservations')
      .columns(['room_id', 'slot_date', 'slot_start'])
      .unique()
      // The same text as the ON CONFLICT target in services/reservations/builtin-adapter.ts.
      .where(sql<boolean>`status in ('held', 'confirmed')`)
      .execute();
    // Availability reads a room's days.
    await db.schema.createIndex('reservations_room_date').on('reservations').columns(['room_id', 'slot_date']).execute();

    // What the request asked and what came of it, so a replayed delivery answers the same.
    await db.schema.alterTable('submissions').addColumn('reservation_request', 'text').execute();
    await db.schema.alterTable('submissions').addColumn('reservation_outcome', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').dropColumn('reservation_outcome').execute();
    await db.schema.alterTable('submissions').dropColumn('reservation_request').execute();
    await db.schema.dropTable('reservations').execute();
  },
};

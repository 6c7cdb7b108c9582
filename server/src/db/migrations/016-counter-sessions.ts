import type { Kysely, Migration } from 'kysely';

// A counter conversation's pairing, and nothing of what is said: the row lets a kiosk or a
// phone on any app server find the clerk's session by its short code and prove which side
// it is. Only hashes of the code and tokens are kept. The row is deleted when either side
// ends the conversation, and an expired one by the next create or join (services/counter.ts).
export const counterSessions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('counter_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // One conversation per counter at a time: a new one for the counter replaces the old.
      .addColumn('counter', 'text', (c) => c.notNull().unique())
      .addColumn('code_hash', 'text', (c) => c.notNull().unique())
      .addColumn('staff_token_hash', 'text', (c) => c.notNull())
      .addColumn('citizen_token_hash', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('pair_until', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('counter_sessions_expires_at').on('counter_sessions').column('expires_at').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('counter_sessions').execute();
  },
};

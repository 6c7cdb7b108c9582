import type { Kysely, Migration } from 'kysely';

// Status of a request by receipt number + PIN (issue 17 §2). What the server acts on travels
// in clear beside the ciphertext (docs/clear-and-encrypted.md): the salted hash of the
// citizen's PIN, and the public state and message staff set. Null PIN hash: sent before
// this migration, or by an app that made no PIN; such a submission cannot be looked up.
// Columns on submissions rather than a new table: the lookup is one indexed row read.
export const submissionProgress: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').addColumn('pin_hash', 'text').execute();
    await db.schema.alterTable('submissions').addColumn('progress', 'text', (c) => c.notNull().defaultTo('received')).execute();
    /** JSON text of a PublicMessage (contract/status.ts), or null. */
    await db.schema.alterTable('submissions').addColumn('progress_message', 'text').execute();
    await db.schema.alterTable('submissions').addColumn('progress_at', 'text').execute();
    await db.schema.alterTable('submissions').addColumn('progress_by', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const column of ['progress_by', 'progress_at', 'progress_message', 'progress', 'pin_hash']) {
      await db.schema.alterTable('submissions').dropColumn(column).execute();
    }
  },
};

import type { Kysely, Migration } from 'kysely';

// A few fields a submission may carry in the clear beside its ciphertext, so staff can act
// before decrypting: a library hold's record id and pickup branch (issue 20). JSON text;
// null for every other submission. Which forms may carry which fields is decided per form
// on the way in (server/src/library/hold-fields.ts).
export const submissionClearFields: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').addColumn('clear_fields', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').dropColumn('clear_fields').execute();
  },
};

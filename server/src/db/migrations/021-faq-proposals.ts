import type { Kysely, Migration } from 'kysely';

// An anonymised question and answer staff propose for the FAQ (issue 17 §3). Written by
// staff, never copied from the citizen's answers by the server (it cannot read them).
// `npm run faq:pull` writes the unexported ones into content/faq/from-console.json and sets
// `exported_at`; a person reviews that file before `npm run content` signs the next pack.
export const faqProposals: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('faq_proposals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('submission_id', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.notNull())
      .addColumn('proposed_at', 'text', (c) => c.notNull())
      .addColumn('exported_at', 'text')
      .execute();
    await db.schema.createIndex('faq_proposals_exported').on('faq_proposals').columns(['exported_at', 'proposed_at']).execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('faq_proposals').execute();
  },
};

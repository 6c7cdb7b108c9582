import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// Replies to opinions and questions (issue 17 §3). One reply per submission, replaced when
// staff correct it. `body` is a compact JWE the server cannot open (kind 'encrypted': sealed
// to a key only the citizen and the department hold), or the text itself (kind 'public':
// only when the citizen's submission carried the clear consent). A table of its own, not
// columns on submissions: a status lookup never reads it, so the hot row stays small.
export const submissionReplies: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('submission_replies')
      .addColumn('submission_id', 'text', (c) => c.primaryKey().references('submissions.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('encrypted', 'public')`))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('replied_at', 'text', (c) => c.notNull())
      .addColumn('replied_by', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('submission_replies').execute();
  },
};

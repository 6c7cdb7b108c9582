import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// Written with portable types only (text, integer) so the same migration runs on SQLite
// and PostgreSQL: timestamps are ISO text, JSON is text, booleans are 0/1 integers.
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('submissions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('form_id', 'text', (c) => c.notNull())
      .addColumn('key_id', 'text')
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('ciphertext', 'text', (c) => c.notNull())
      .addColumn('byte_size', 'integer', (c) => c.notNull())
      .addColumn('receipt_number', 'text', (c) => c.notNull().unique())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
      .addColumn('processed_at', 'text')
      .addColumn('processed_by', 'text')
      .execute();
    // The staff console lists newest first, per form and per status.
    await db.schema.createIndex('submissions_received_at').on('submissions').column('received_at').execute();
    await db.schema.createIndex('submissions_form_received').on('submissions').columns(['form_id', 'received_at']).execute();
    await db.schema.createIndex('submissions_status').on('submissions').column('status').execute();

    await db.schema
      .createTable('receipt_counters')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('last', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('staff_users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'staff')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('staff_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();
    // Expired sessions are swept by expiry time.
    await db.schema.createIndex('staff_sessions_expires').on('staff_sessions').column('expires_at').execute();

    await db.schema
      .createTable('kiosks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_name', 'text', (c) => c.notNull())
      .addColumn('enrol_token_hash', 'text', (c) => c.unique())
      .addColumn('device_token_hash', 'text', (c) => c.unique())
      .addColumn('revoked_at', 'text')
      .addColumn('enrolled_at', 'text')
      .addColumn('last_seen_at', 'text')
      .addColumn('last_heartbeat', 'text')
      .execute();

    await db.schema
      .createTable('kiosk_notices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('targets', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of ['kiosk_notices', 'kiosks', 'staff_sessions', 'staff_users', 'receipt_counters', 'submissions']) {
      await db.schema.dropTable(table).execute();
    }
  },
};

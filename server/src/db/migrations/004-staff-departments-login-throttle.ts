import type { Kysely, Migration } from 'kysely';

// Staff read only their own departments' submissions, so each user gets the departments
// they belong to (a form names its department in content/forms). Admins need none: they see
// every form. One row per membership, not a JSON column, so both dialects can filter on it.
//
// A disaster officer (危機管理課 on duty) may post an emergency notice to the whole city
// without being an administrator: in a disaster they must not wait for one. A flag, not a
// third role, because 001's check constraint on role cannot be changed in SQLite without
// rebuilding the table.
//
// Login guesses are slowed per (username, client address) with a growing delay. The state
// lives in the database, not in one process's memory, so several app servers on one
// PostgreSQL hold the same delay, and a restart does not forgive a guesser.
export const staffDepartmentsLoginThrottle: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('staff_user_departments')
      .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
      .addColumn('department', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('staff_user_departments_pk', ['user_id', 'department'])
      .execute();

    await db.schema.alterTable('staff_users').addColumn('disaster_officer', 'integer', (c) => c.notNull().defaultTo(0)).execute();

    await db.schema
      .createTable('login_throttle')
      // `<normalised username> <client address>`; a space occurs in neither.
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_allowed_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_throttle_updated').on('login_throttle').column('updated_at').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('login_throttle').execute();
    await db.schema.alterTable('staff_users').dropColumn('disaster_officer').execute();
    await db.schema.dropTable('staff_user_departments').execute();
  },
};

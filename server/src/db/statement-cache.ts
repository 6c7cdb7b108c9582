import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query anew; preparing cost about as much as
 * running the query on the submission PUT path. better-sqlite3 statements are reusable
 * (SQLite re-prepares them itself after a schema change), so the same SQL text gets the
 * same statement. The driver holds one connection behind a mutex, so a cached statement
 * is never used by two queries at once.
 */
export function withStatementCache(database: SQLite.Database, limit = 256): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached) {
        // Most recently used last, so the oldest is evicted first.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > limit) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
}

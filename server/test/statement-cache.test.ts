import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../src/db/statement-cache.js';

let database: SQLite.Database;
afterEach(() => database?.close());

function open() {
  database = new SQLite(':memory:');
  database.exec("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT); INSERT INTO t VALUES ('a', 'first')");
  return withStatementCache(database, 2);
}

describe.shuffle('the SQLite statement cache', () => {
  it('hands out the same prepared statement for the same SQL', () => {
    const cached = open();
    expect(cached.prepare('SELECT v FROM t WHERE id = ?')).toBe(cached.prepare('SELECT v FROM t WHERE id = ?'));
  });

  it('keeps only the most recently used statements', () => {
    const cached = open();
    const first = cached.prepare('SELECT 1');
    cached.prepare('SELECT 2');
    cached.prepare('SELECT 1');
    cached.prepare('SELECT 3');
    expect(cached.prepare('SELECT 1')).toBe(first);
    expect(cached.prepare('SELECT 2')).not.toBe(cached.prepare('SELECT 3'));
  });

  it('a cached statement still reads the right rows after the schema changed', () => {
    const cached = open();
    expect(cached.prepare('SELECT * FROM t').all([])).toEqual([{ id: 'a', v: 'first' }]);
    database.exec("ALTER TABLE t ADD COLUMN w TEXT DEFAULT 'x'");
    expect(cached.prepare('SELECT * FROM t').all([])).toEqual([{ id: 'a', v: 'first', w: 'x' }]);
  });
});

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// Japan has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact
// and does not depend on the ICU data the Node build happens to ship.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar year in Asia/Tokyo: a form sent at 00:30 on 1 January JST belongs to the new year. */
export function tokyoYear(date: Date): number {
  return new Date(date.getTime() + TOKYO_OFFSET_MS).getUTCFullYear();
}

/** `IW-2026-000123`: short enough to read out at a counter, sortable, and restarts each year. */
export function formatReceiptNumber(year: number, sequence: number): string {
  return `IW-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Takes the next number for `year`. One upsert both creates the year's counter and
 * increments it; on PostgreSQL it locks the counter row until the caller's transaction
 * ends, so concurrent allocations queue and a rolled-back one leaves no gap. SQLite
 * (3.35+ for RETURNING) runs one writer at a time anyway. Call inside a transaction.
 */
export async function allocateReceiptNumber(db: Kysely<Database>, year: number): Promise<string> {
  const row = await db
    .insertInto('receipt_counters')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('receipt_counters.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return formatReceiptNumber(year, row.last);
}

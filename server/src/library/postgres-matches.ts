import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { MAX_COUNTED } from '../../../contract/api/library.js';

/**
 * How PostgreSQL is to find a search's matches. Its planner guesses a LIKE's selectivity on
 * the trigram index from fixed constants, so it picked by luck: an index scan in seq order
 * filtering 150,000 rows for a rare phrase (120 ms), or a bitmap rechecking 22,000 rows of
 * a common one (80 ms). We know which is right and say so (SET LOCAL, this query only):
 * - `trigram`: the key has trigrams: the GIN index finds the candidates, ANDed with a range
 *   of seq so only that range's rows are rechecked (see rangedMatches);
 * - `ordered`: no trigram to look up (a one- or two-character key, a typo pattern with a
 *   short literal run): walk the primary key in seq order and stop at MAX_COUNTED matches,
 *   which for a short, common key is a few thousand rows;
 * - `planner`: an exact lookup (ISBN) the planner gets right.
 */
export type PostgresAccess = 'trigram' | 'ordered' | 'planner';

export interface Match {
  seq: number;
  rank: number;
}

/** The first range of seq the trigram path rechecks; later ranges follow the density found. */
const FIRST_RANGE = 10_000;

/** The first MAX_COUNTED rows of library_records `r` satisfying `where`, in seq order. */
export async function postgresMatches(db: Kysely<Database>, where: RawBuilder<unknown>, rank: RawBuilder<number>, access: PostgresAccess): Promise<Match[]> {
  const select = (trx: Kysely<Database>, range: RawBuilder<unknown>, limit: number) =>
    sql<Match>`select r.seq as seq, ${rank} as rank from library_records r where ${range} and ${where} order by r.seq limit ${limit}`.execute(trx);
  if (access === 'planner') return numeric((await select(db, sql`true`, MAX_COUNTED)).rows);
  return db.transaction().execute(async (trx) => {
    if (access === 'ordered') {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_bitmapscan = off`.execute(trx);
      return numeric((await select(trx, sql`true`, MAX_COUNTED)).rows);
    }
    const last = Number((await sql<{ last: number | null }>`select max(seq) as last from library_records`.execute(trx)).rows[0]?.last ?? 0);
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_indexscan = off`.execute(trx);
    return rangedMatches(last, (from, to, limit) => select(trx, sql`r.seq > ${from} and r.seq <= ${to}`, limit).then((r) => numeric(r.rows)));
  });
}

/**
 * Reads seq ranges (from, to] upwards until MAX_COUNTED matches or the last record: the
 * first range is small, so a common key is answered from it; each next range is sized
 * from the density seen so far, so a rare key takes the rest in one more query. The
 * matches are the same as one query over everything: disjoint ranges, each in seq order.
 */
export async function rangedMatches(last: number, read: (from: number, to: number, limit: number) => Promise<Match[]>): Promise<Match[]> {
  const found: Match[] = [];
  let from = 0;
  let size = FIRST_RANGE;
  while (found.length < MAX_COUNTED && from < last) {
    const to = Math.min(last, from + size);
    found.push(...(await read(from, to, MAX_COUNTED - found.length)));
    const density = found.length / to;
    // Twice the range the density predicts, so an uneven spread rarely needs a third query.
    size = density > 0 ? Math.ceil((2 * (MAX_COUNTED - found.length)) / density) : last - to;
    from = to;
  }
  return found;
}

function numeric(rows: readonly Match[]): Match[] {
  return rows.map((m) => ({ seq: Number(m.seq), rank: Number(m.rank) }));
}

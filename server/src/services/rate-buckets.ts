import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** What one client may send per window: so many requests and so many bytes, refilling evenly. */
export interface Allowance {
  requests: number;
  bytes: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateBuckets {
  /** Takes one request and `bytes` from `key`'s bucket, or neither when either is short. */
  take(key: string, allowance: Allowance, windowMs: number, bytes: number): Promise<TakeResult>;
  /** Deletes buckets that are full again: they mean the same as no row. */
  sweep(): Promise<void>;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Token buckets kept in the database, so every server process on one PostgreSQL draws on
 * the same allowance. Each bucket is stored as the time it will be full again (the
 * "generic cell rate" form of a token bucket): a request costs window/allowance of that
 * time, and is admitted when the debt after it stays within one window. One upsert reads,
 * decides and writes, so simultaneous requests on any number of servers cannot both take
 * the last token.
 */
export function createRateBuckets({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): RateBuckets {
  let lastSweep = 0;

  async function take(key: string, allowance: Allowance, windowMs: number, bytes: number): Promise<TakeResult> {
    const at = now().getTime();
    // A cost above the window could never be paid; it needs a full bucket instead.
    const requestCost = Math.min(windowMs / allowance.requests, windowMs);
    const byteCost = Math.min((bytes * windowMs) / allowance.bytes, windowMs);
    const num = (value: number) => sql`cast(${value} as double precision)`;
    const from = (column: 'requests_full_at' | 'bytes_full_at') =>
      sql`(case when rate_buckets.${sql.ref(column)} > ${num(at)} then rate_buckets.${sql.ref(column)} else ${num(at)} end)`;
    const admit = sql`(${from('requests_full_at')} + ${num(requestCost)} <= ${num(at + windowMs)} and ${from('bytes_full_at')} + ${num(byteCost)} <= ${num(at + windowMs)})`;
    const { rows } = await sql<{ requests_full_at: number; bytes_full_at: number; granted: number }>`
      insert into rate_buckets (key, requests_full_at, bytes_full_at, granted)
      values (${key}, ${num(at + requestCost)}, ${num(at + byteCost)}, 1)
      on conflict (key) do update set
        requests_full_at = case when ${admit} then ${from('requests_full_at')} + ${num(requestCost)} else rate_buckets.requests_full_at end,
        bytes_full_at = case when ${admit} then ${from('bytes_full_at')} + ${num(byteCost)} else rate_buckets.bytes_full_at end,
        granted = case when ${admit} then 1 else 0 end
      returning requests_full_at, bytes_full_at, granted`.execute(db);
    if (at - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = at;
      // Housekeeping must never fail a request; the next sweep tries again.
      void sweep().catch(() => undefined);
    }
    const row = rows[0];
    if (!row || Number(row.granted) === 1) return { ok: true };
    // Refused: the row still holds the state before this request.
    const waitMs = Math.max(
      Math.max(Number(row.requests_full_at), at) + requestCost - (at + windowMs),
      Math.max(Number(row.bytes_full_at), at) + byteCost - (at + windowMs),
    );
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  async function sweep(): Promise<void> {
    const at = now().getTime();
    await db.deleteFrom('rate_buckets').where('requests_full_at', '<=', at).where('bytes_full_at', '<=', at).execute();
  }

  return { take, sweep };
}

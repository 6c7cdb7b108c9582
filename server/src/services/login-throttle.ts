import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Attempts of one username from one address that are answered at once; a typo or two is normal. */
export const FREE_LOGIN_ATTEMPTS = 3;
/** The longest wait: long enough to make guessing hopeless, short enough that a real user just waits. */
export const MAX_LOGIN_DELAY_S = 60;
/** A key unused this long is forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterS: number };

export interface LoginThrottle {
  /**
   * Counts one attempt of `username` from `ip` and says whether it may be looked at now.
   * Counted before the password is checked, in one statement, so guesses sent all at once
   * cannot slip through between a check and a record.
   */
  attempt(username: string, ip: string): Promise<ThrottleDecision>;
  /** The right password: this address starts again with free attempts. */
  succeeded(username: string, ip: string): Promise<void>;
}

/** Seconds to wait after `attempts` attempts: none for the first few, then 1, 2, 4 … up to the cap. */
export function loginDelayS(attempts: number): number {
  if (attempts < FREE_LOGIN_ATTEMPTS) return 0;
  return Math.min(2 ** (attempts - FREE_LOGIN_ATTEMPTS), MAX_LOGIN_DELAY_S);
}

/**
 * Slows password guessing per (username, client address). Keyed on both, so a stranger
 * guessing `sato` from elsewhere only slows themselves, never locks sato out; one machine
 * trying many names is the per-address limit's job (plugins/rate-limits.ts).
 */
export function createLoginThrottle({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): LoginThrottle {
  const keyOf = (username: string, ip: string) => `${username} ${ip}`;

  async function attempt(username: string, ip: string): Promise<ThrottleDecision> {
    const at = now();
    const iso = at.toISOString();
    const key = keyOf(username, ip);
    await db
      .insertInto('login_throttle')
      .values({ key, attempts: 0, next_allowed_at: iso, updated_at: iso })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await db.selectFrom('login_throttle').select(['attempts', 'next_allowed_at']).where('key', '=', key).executeTakeFirst();
    if (!row) return { allowed: true };
    if (row.next_allowed_at > iso) return held(row.next_allowed_at, at);
    const attempts = Number(row.attempts) + 1;
    const next = new Date(at.getTime() + loginDelayS(attempts) * 1000).toISOString();
    // Only the request that still sees the count it read moves it on: of guesses sent at
    // once, one wins and the rest wait.
    const result = await db
      .updateTable('login_throttle')
      .set({ attempts, next_allowed_at: next, updated_at: iso })
      .where('key', '=', key)
      .where('attempts', '=', Number(row.attempts))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return held(next, at, 1);
    return { allowed: true };
  }

  function held(until: string, at: Date, atLeastS = 0): ThrottleDecision {
    return { allowed: false, retryAfterS: Math.max(atLeastS, Math.ceil((Date.parse(until) - at.getTime()) / 1000)) };
  }

  async function succeeded(username: string, ip: string): Promise<void> {
    await db.deleteFrom('login_throttle').where('key', '=', keyOf(username, ip)).execute();
    // Successful logins are rare enough to carry the sweep of forgotten keys.
    await db.deleteFrom('login_throttle').where('updated_at', '<', new Date(now().getTime() - FORGET_AFTER_MS).toISOString()).execute();
  }

  return { attempt, succeeded };
}

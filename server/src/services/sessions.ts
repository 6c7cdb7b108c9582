import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isTokenShaped, newToken, sha256Hex } from '../lib/tokens.js';
import type { StaffIdentity } from './staff-users.js';

/** Eight hours of inactivity ends a session: a working day, not a forgotten office PC's week. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** Sliding writes at most once a minute per session, not on every request. */
const SLIDE_AFTER_MS = 60 * 1000;

export interface NewSession {
  /** The cookie value; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ActiveSession extends StaffIdentity {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  /** True when this request moved the expiry, so the cookie must be re-sent with it. */
  renewed: boolean;
}

export interface SessionService {
  create(userId: string): Promise<NewSession>;
  /** The session behind a cookie value, its expiry slid forward; null when none is valid. */
  resolve(token: string | undefined): Promise<ActiveSession | null>;
  end(sessionId: string): Promise<void>;
}

export function createSessionService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): SessionService {
  async function create(userId: string): Promise<NewSession> {
    const at = now();
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(at.getTime() + SESSION_TTL_MS).toISOString();
    // Logins are rare enough to carry the sweep of expired rows; the index makes it cheap.
    await db.deleteFrom('staff_sessions').where('expires_at', '<=', at.toISOString()).execute();
    await db
      .insertInto('staff_sessions')
      .values({ id: sha256Hex(token), user_id: userId, csrf_token: csrfToken, created_at: at.toISOString(), expires_at: expiresAt })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  async function resolve(token: string | undefined): Promise<ActiveSession | null> {
    if (!isTokenShaped(token)) return null;
    const sessionId = sha256Hex(token);
    const row = await db
      .selectFrom('staff_sessions')
      .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
      .select(['staff_sessions.csrf_token', 'staff_sessions.expires_at', 'staff_users.id', 'staff_users.username', 'staff_users.role', 'staff_users.disabled'])
      .where('staff_sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    const at = now().getTime();
    if (row.disabled || Date.parse(row.expires_at) <= at) {
      await end(sessionId);
      return null;
    }
    const slid = new Date(at + SESSION_TTL_MS);
    const renewed = slid.getTime() - Date.parse(row.expires_at) >= SLIDE_AFTER_MS;
    if (renewed) {
      await db.updateTable('staff_sessions').set({ expires_at: slid.toISOString() }).where('id', '=', sessionId).execute();
    }
    return {
      sessionId,
      id: row.id,
      username: row.username,
      role: row.role,
      csrfToken: row.csrf_token,
      expiresAt: renewed ? slid.toISOString() : row.expires_at,
      renewed,
    };
  }

  async function end(sessionId: string): Promise<void> {
    await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
  }

  return { create, resolve, end };
}

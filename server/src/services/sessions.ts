import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isTokenShaped, newToken, sha256Hex } from '../lib/tokens.js';
import type { StaffIdentity } from './staff-users.js';

/** Eight hours of inactivity ends a session: a working day, not a forgotten office PC's week. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/**
 * However busy, a session ends this long after login: a stolen cookie, or a console left
 * open on a page that refreshes itself, is good for one working day at most.
 */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
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
  /** Read on every request, so a change of departments applies at once. */
  departments: string[];
  /** May post a city-wide emergency notice (as may every admin). */
  disasterOfficer: boolean;
  csrfToken: string;
  expiresAt: string;
  /** True when this request moved the expiry, so the cookie must be re-sent with it. */
  renewed: boolean;
}

export interface SessionService {
  create(userId: string): Promise<NewSession>;
  /**
   * The session behind a cookie value; null when none is valid. Its idle expiry slides
   * forward (never past the absolute end), except for `background` requests: a page
   * polling on its own is not a person at the desk.
   */
  resolve(token: string | undefined, options?: { background?: boolean }): Promise<ActiveSession | null>;
  end(sessionId: string): Promise<void>;
}

export function createSessionService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): SessionService {
  async function create(userId: string): Promise<NewSession> {
    const at = now();
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(at.getTime() + Math.min(SESSION_TTL_MS, SESSION_MAX_AGE_MS)).toISOString();
    // Logins are rare enough to carry the sweep of expired rows; the index makes it cheap.
    await db.deleteFrom('staff_sessions').where('expires_at', '<=', at.toISOString()).execute();
    await db
      .insertInto('staff_sessions')
      .values({ id: sha256Hex(token), user_id: userId, csrf_token: csrfToken, created_at: at.toISOString(), expires_at: expiresAt })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  async function resolve(token: string | undefined, { background = false }: { background?: boolean } = {}): Promise<ActiveSession | null> {
    if (!isTokenShaped(token)) return null;
    const sessionId = sha256Hex(token);
    const row = await db
      .selectFrom('staff_sessions')
      .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
      .select(['staff_sessions.csrf_token', 'staff_sessions.expires_at', 'staff_sessions.created_at', 'staff_users.id', 'staff_users.username', 'staff_users.role', 'staff_users.disabled', 'staff_users.disaster_officer', 'staff_users.shelter_only'])
      .where('staff_sessions.id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    const at = now().getTime();
    const endsAt = Date.parse(row.created_at) + SESSION_MAX_AGE_MS;
    if (row.disabled || Date.parse(row.expires_at) <= at || endsAt <= at) {
      await end(sessionId);
      return null;
    }
    const slid = new Date(Math.min(at + SESSION_TTL_MS, endsAt));
    const renewed = !background && slid.getTime() - Date.parse(row.expires_at) >= SLIDE_AFTER_MS;
    if (renewed) {
      await db.updateTable('staff_sessions').set({ expires_at: slid.toISOString() }).where('id', '=', sessionId).execute();
    }
    const departments = await db
      .selectFrom('staff_user_departments')
      .select('department')
      .where('user_id', '=', row.id)
      .orderBy('department')
      .execute();
    return {
      sessionId,
      departments: departments.map((d) => d.department),
      disasterOfficer: Number(row.disaster_officer) === 1,
      id: row.id,
      username: row.username,
      role: row.role,
      shelterOnly: Number(row.shelter_only) === 1,
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

import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CounterSide } from '../../../contract/counter.js';
import type { Database } from '../db/schema.js';
import { isUniqueViolation } from '../db/errors.js';
import { newToken, safeEqual, sha256Hex } from '../lib/tokens.js';

/** The code joins for ten minutes, and once. */
export const PAIRING_MS = 10 * 60 * 1000;
/** A counter conversation ends itself after two hours, in case nobody pressed 終わる. */
export const CONVERSATION_MS = 2 * 60 * 60 * 1000;
export const PAIRING_CODE_DIGITS = 6;

export interface CreatedConversation { sessionId: string; code: string; staffToken: string; expiresAt: string; replaced: string | undefined }
export interface JoinedConversation { sessionId: string; citizenToken: string; counter: string }
export interface ConversationAccess { side: CounterSide; paired: boolean; counter: string }

export interface CounterService {
  /** A new conversation for a counter; one the counter still had is ended (its id is in `replaced`). */
  create(counter: string): Promise<CreatedConversation>;
  /** The citizen's side joins by the code shown to the clerk; undefined for a wrong, used or stale code. */
  join(code: string): Promise<JoinedConversation | undefined>;
  /** Which side a token is, in a live conversation. */
  access(sessionId: string, token: string): Promise<ConversationAccess | undefined>;
  /** Deletes the conversation's row: nothing of it remains. False when the token does not open it. */
  end(sessionId: string, token: string): Promise<boolean>;
  /** Deletes expired conversations; answers their ids so their listeners can be told. */
  sweep(): Promise<string[]>;
}

/**
 * Pairing for counter conversations. The database row exists so that two app servers on
 * one PostgreSQL find each other's conversations by code; it holds hashes of the code
 * and the two tokens, never a word of the conversation, which only passes through
 * (routes/counter.ts and plugins/counter-relay.ts).
 */
export function createCounterService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): CounterService {
  const iso = (ms: number) => new Date(ms).toISOString();

  async function sweep(): Promise<string[]> {
    const rows = await db.deleteFrom('counter_sessions').where('expires_at', '<=', now().toISOString()).returning('id').execute();
    return rows.map((r) => r.id);
  }

  async function create(counter: string): Promise<CreatedConversation> {
    await sweep();
    const at = now().getTime();
    const staffToken = newToken();
    let replaced: string | undefined;
    // A code collides with a live one about once in a million, and two clerks may start at
    // one counter at once: either way, draw again.
    for (let attempt = 0; ; attempt++) {
      const old = await db.deleteFrom('counter_sessions').where('counter', '=', counter).returning('id').executeTakeFirst();
      replaced ??= old?.id;
      const code = String(randomInt(0, 10 ** PAIRING_CODE_DIGITS)).padStart(PAIRING_CODE_DIGITS, '0');
      const sessionId = randomBytes(16).toString('base64url');
      try {
        await db.insertInto('counter_sessions').values({
          id: sessionId, counter, code_hash: sha256Hex(code), staff_token_hash: sha256Hex(staffToken), citizen_token_hash: null,
          created_at: iso(at), pair_until: iso(at + PAIRING_MS), expires_at: iso(at + CONVERSATION_MS),
        }).execute();
        return { sessionId, code, staffToken, expiresAt: iso(at + CONVERSATION_MS), replaced };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  async function join(code: string): Promise<JoinedConversation | undefined> {
    const at = now().toISOString();
    const citizenToken = newToken();
    // One statement: two devices typing the same code at once cannot both join.
    const row = await db.updateTable('counter_sessions')
      .set({ citizen_token_hash: sha256Hex(citizenToken) })
      .where('code_hash', '=', sha256Hex(code))
      .where('citizen_token_hash', 'is', null)
      .where('pair_until', '>', at)
      .where('expires_at', '>', at)
      .returning(['id', 'counter'])
      .executeTakeFirst();
    return row ? { sessionId: row.id, citizenToken, counter: row.counter } : undefined;
  }

  async function access(sessionId: string, token: string): Promise<ConversationAccess | undefined> {
    const row = await db.selectFrom('counter_sessions').selectAll().where('id', '=', sessionId)
      .where('expires_at', '>', now().toISOString()).executeTakeFirst();
    if (!row) return undefined;
    const hash = sha256Hex(token);
    const paired = row.citizen_token_hash !== null;
    if (safeEqual(hash, row.staff_token_hash)) return { side: 'staff', paired, counter: row.counter };
    if (row.citizen_token_hash !== null && safeEqual(hash, row.citizen_token_hash)) return { side: 'citizen', paired, counter: row.counter };
    return undefined;
  }

  async function end(sessionId: string, token: string): Promise<boolean> {
    if (!(await access(sessionId, token))) return false;
    await db.deleteFrom('counter_sessions').where('id', '=', sessionId).execute();
    return true;
  }

  return { create, join, access, end, sweep };
}

import type { Kysely } from 'kysely';
import type { Database, KioskRow } from '../db/schema.js';
import { isTokenShaped, newToken, sha256Hex } from '../lib/tokens.js';

/** Long enough for an operator to carry the token to the 支所 and set the terminal up. */
export const ENROLMENT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Heartbeats come every few minutes; three missed in a row is worth a look. */
export const STALE_AFTER_MS = 15 * 60 * 1000;

export interface Heartbeat {
  appVersion: string;
  packVersion: string | null;
  packExpiresAt?: string | null | undefined;
  outboxDepth: number;
  outboxStuck?: Array<{ reason: string; count: number }> | undefined;
  storage: { usage: number; quota: number };
  online: { since: string | null; offlineEvents: number };
  lastError?: string | undefined;
}

export interface FleetKiosk {
  id: string;
  siteName: string;
  enrolledAt: string | null;
  /** A token was issued and not used yet (first set-up, or a replacement PC). */
  enrolmentPending: boolean;
  lastSeenAt: string | null;
  /** Never seen, or silent for more than 15 minutes. */
  stale: boolean;
  appVersion: string | null;
  packVersion: string | null;
  packExpiresAt: string | null;
  outboxDepth: number | null;
  outboxStuck: Array<{ reason: string; count: number }>;
  storage: Heartbeat['storage'] | null;
  online: Heartbeat['online'] | null;
  lastError: string | null;
  revoked: boolean;
  revokedAt: string | null;
}

export interface Enrolment {
  kioskId: string;
  siteName: string;
  /** Shown to staff once; only its hash is kept. */
  enrolmentToken: string;
  expiresAt: string;
}

export type KioskAuthResult = { ok: true; kioskId: string } | { ok: false; reason: 'unknown' | 'revoked' };

export interface KioskService {
  /** Creates the kiosk, or replaces its pending token; an enrolled kiosk keeps working until it re-enrols. */
  issueEnrolment(input: { kioskId: string; siteName: string }): Promise<Enrolment>;
  /** Consumes the token and answers the device token; null when the token is wrong, used or expired. */
  enrol(input: { kioskId: string; enrolmentToken: string }): Promise<string | null>;
  authenticate(deviceToken: string | undefined): Promise<KioskAuthResult>;
  recordHeartbeat(kioskId: string, heartbeat: Heartbeat): Promise<void>;
  fleet(): Promise<FleetKiosk[]>;
  /** Idempotent; undefined when there is no such kiosk. */
  revoke(kioskId: string): Promise<FleetKiosk | undefined>;
  existing(kioskIds: readonly string[]): Promise<Set<string>>;
}

export function createKioskService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): KioskService {
  async function issueEnrolment({ kioskId, siteName }: { kioskId: string; siteName: string }): Promise<Enrolment> {
    const at = now();
    const enrolmentToken = newToken();
    const expiresAt = new Date(at.getTime() + ENROLMENT_TTL_MS).toISOString();
    const token = { site_name: siteName, enrol_token_hash: sha256Hex(enrolmentToken), enrol_token_expires_at: expiresAt };
    await db
      .insertInto('kiosks')
      .values({ id: kioskId, created_at: at.toISOString(), ...token })
      .onConflict((oc) => oc.column('id').doUpdateSet(token))
      .execute();
    return { kioskId, siteName, enrolmentToken, expiresAt };
  }

  async function enrol({ kioskId, enrolmentToken }: { kioskId: string; enrolmentToken: string }): Promise<string | null> {
    if (!isTokenShaped(enrolmentToken)) return null;
    const at = now().toISOString();
    const deviceToken = newToken();
    // One conditional update: of two enrolments racing with the same token, one wins.
    const result = await db
      .updateTable('kiosks')
      .set({
        device_token_hash: sha256Hex(deviceToken),
        enrol_token_hash: null,
        enrol_token_expires_at: null,
        enrolled_at: at,
        revoked_at: null,
      })
      .where('id', '=', kioskId)
      .where('enrol_token_hash', '=', sha256Hex(enrolmentToken))
      .where('enrol_token_expires_at', '>', at)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? deviceToken : null;
  }

  async function authenticate(deviceToken: string | undefined): Promise<KioskAuthResult> {
    if (!isTokenShaped(deviceToken)) return { ok: false, reason: 'unknown' };
    const row = await db.selectFrom('kiosks').select(['id', 'revoked_at']).where('device_token_hash', '=', sha256Hex(deviceToken)).executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    // The hash is kept after revocation so the terminal can be told why, and show it.
    if (row.revoked_at) return { ok: false, reason: 'revoked' };
    return { ok: true, kioskId: row.id };
  }

  async function recordHeartbeat(kioskId: string, heartbeat: Heartbeat): Promise<void> {
    await db
      .updateTable('kiosks')
      .set({ last_seen_at: now().toISOString(), last_heartbeat: JSON.stringify(heartbeat) })
      .where('id', '=', kioskId)
      .execute();
  }

  async function fleet(): Promise<FleetKiosk[]> {
    const rows = await db.selectFrom('kiosks').selectAll().orderBy('id').execute();
    const at = now().getTime();
    return rows.map((row) => toFleetKiosk(row, at));
  }

  async function revoke(kioskId: string): Promise<FleetKiosk | undefined> {
    await db
      .updateTable('kiosks')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now().toISOString())), enrol_token_hash: null, enrol_token_expires_at: null }))
      .where('id', '=', kioskId)
      .execute();
    const row = await db.selectFrom('kiosks').selectAll().where('id', '=', kioskId).executeTakeFirst();
    return row && toFleetKiosk(row, now().getTime());
  }

  async function existing(kioskIds: readonly string[]): Promise<Set<string>> {
    if (kioskIds.length === 0) return new Set();
    const rows = await db.selectFrom('kiosks').select('id').where('id', 'in', [...kioskIds]).execute();
    return new Set(rows.map((row) => row.id));
  }

  return { issueEnrolment, enrol, authenticate, recordHeartbeat, fleet, revoke, existing };
}

function toFleetKiosk(row: KioskRow, at: number): FleetKiosk {
  const beat = row.last_heartbeat ? (JSON.parse(row.last_heartbeat) as Heartbeat) : undefined;
  return {
    id: row.id,
    siteName: row.site_name,
    enrolledAt: row.enrolled_at,
    enrolmentPending: row.enrol_token_hash !== null && Date.parse(row.enrol_token_expires_at ?? '') > at,
    lastSeenAt: row.last_seen_at,
    stale: row.last_seen_at === null || at - Date.parse(row.last_seen_at) > STALE_AFTER_MS,
    appVersion: beat?.appVersion ?? null,
    packVersion: beat?.packVersion ?? null,
    packExpiresAt: beat?.packExpiresAt ?? null,
    outboxDepth: beat?.outboxDepth ?? null,
    outboxStuck: beat?.outboxStuck ?? [],
    storage: beat?.storage ?? null,
    online: beat?.online ?? null,
    lastError: beat?.lastError ?? null,
    revoked: row.revoked_at !== null,
    revokedAt: row.revoked_at,
  };
}

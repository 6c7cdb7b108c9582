import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Hazard } from '../../../contract/hazards.js';
import type { Database, NoticeRow, NoticeSeverity } from '../db/schema.js';
import { boundNotices, createNoticeCache } from './notice-list.js';

/** The message per language; Japanese is always there, the app falls back to it. */
export type NoticeMessage = { ja: string } & Partial<Record<string, string>>;
export type NoticeTargets = 'all' | string[];

export interface Notice {
  id: string;
  severity: NoticeSeverity;
  /** Left out when the notice names no hazard, as in the pack's alerts. */
  hazard?: Hazard;
  message: NoticeMessage;
  createdAt: string;
  expiresAt: string | null;
}

export interface StaffNotice extends Notice {
  targets: NoticeTargets;
  createdBy: string | null;
}

export interface PostNoticeInput {
  severity: NoticeSeverity;
  hazard?: Hazard;
  message: NoticeMessage;
  targets: NoticeTargets;
  expiresAt: string;
  by: string;
}

export type PostNoticeResult = { ok: true; notice: StaffNotice } | { ok: false; reason: 'invalid_expiry' | 'expiry_too_far' | 'too_many' };

/**
 * A disaster brings a handful of notices, not dozens: past this a new one is refused, so a
 * stolen staff password cannot bury the real warning under a flood of posts. Counted before
 * the insert, so two posts racing on separate servers can pass it by one; it is a bound on
 * abuse, not an exact quota.
 */
export const MAX_ACTIVE_NOTICES = 20;
/** Even an evacuation order is posted again after a week; a forgotten notice must lapse. */
export const MAX_NOTICE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface NoticeService {
  /** Refuses an expiry that is not in the future (never shown) or too far off, and a post past MAX_ACTIVE_NOTICES. */
  post(input: PostNoticeInput): Promise<PostNoticeResult>;
  /** Idempotent: `changed` is false when it was already withdrawn; undefined when there is no such notice. */
  withdraw(id: string, by: string): Promise<{ changed: boolean } | undefined>;
  /** One notice as staff see it, withdrawn or not; undefined when there is no such notice. */
  find(id: string): Promise<StaffNotice | undefined>;
  /** Active notices for one kiosk (its own and those for all), or with no kiosk, those for all. */
  active(kioskId?: string): Promise<Notice[]>;
  activeForStaff(): Promise<StaffNotice[]>;
}

// An emergency comes first on every screen, whatever was posted after it.
const RANK: Record<NoticeSeverity, number> = { emergency: 0, warning: 1, info: 2 };

export function createNoticeService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): NoticeService {
  // The public list is open to anyone: read from memory, not the database, per request.
  const publicCache = createNoticeCache(now);

  async function post({ severity, hazard, message, targets, expiresAt, by }: PostNoticeInput): Promise<PostNoticeResult> {
    const at = now();
    const expires = new Date(expiresAt);
    if (!(expires.getTime() > at.getTime())) return { ok: false, reason: 'invalid_expiry' };
    if (expires.getTime() - at.getTime() > MAX_NOTICE_LIFETIME_MS) return { ok: false, reason: 'expiry_too_far' };
    if ((await activeRows()).length >= MAX_ACTIVE_NOTICES) return { ok: false, reason: 'too_many' };
    const row: NoticeRow = {
      id: uuidv7(),
      created_at: at.toISOString(),
      // Normalised to UTC with a Z, so expiry compares as text on both dialects.
      expires_at: expires.toISOString(),
      severity,
      hazard: hazard ?? null,
      targets: JSON.stringify(targets),
      message: JSON.stringify(message),
      created_by: by,
      withdrawn_at: null,
      withdrawn_by: null,
    };
    await db.insertInto('kiosk_notices').values(row).execute();
    publicCache.invalidate();
    return { ok: true, notice: toStaffNotice(row) };
  }

  async function withdraw(id: string, by: string): Promise<{ changed: boolean } | undefined> {
    const result = await db
      .updateTable('kiosk_notices')
      .set({ withdrawn_at: now().toISOString(), withdrawn_by: by })
      .where('id', '=', id)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    publicCache.invalidate();
    if (Number(result.numUpdatedRows) > 0) return { changed: true };
    const exists = await db.selectFrom('kiosk_notices').select('id').where('id', '=', id).executeTakeFirst();
    return exists && { changed: false };
  }

  // Few notices are live at once (a handful in a disaster), so targets are matched here
  // rather than in SQL over JSON, which the two dialects spell differently.
  async function activeRows(): Promise<NoticeRow[]> {
    const at = now().toISOString();
    const rows = await db
      .selectFrom('kiosk_notices')
      .selectAll()
      .where('withdrawn_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
      .orderBy('created_at', 'desc')
      .execute();
    return rows.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  }

  async function active(kioskId?: string): Promise<Notice[]> {
    return kioskId === undefined ? publicCache.get(() => listFor(undefined)) : listFor(kioskId);
  }

  async function listFor(kioskId: string | undefined): Promise<Notice[]> {
    const notices = (await activeRows())
      .map(toStaffNotice)
      .filter(({ targets }) => targets === 'all' || (kioskId !== undefined && targets.includes(kioskId)))
      // Picked field by field, so a staff-only field added later never leaks to the public list.
      .map(({ id, severity, hazard, message, createdAt, expiresAt }) => ({ id, severity, ...(hazard ? { hazard } : {}), message, createdAt, expiresAt }));
    return boundNotices(notices);
  }

  async function find(id: string): Promise<StaffNotice | undefined> {
    const row = await db.selectFrom('kiosk_notices').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toStaffNotice(row);
  }

  async function activeForStaff(): Promise<StaffNotice[]> {
    return (await activeRows()).map(toStaffNotice);
  }

  return { post, withdraw, find, active, activeForStaff };
}

function toStaffNotice(row: NoticeRow): StaffNotice {
  return {
    id: row.id,
    severity: row.severity,
    ...(row.hazard ? { hazard: row.hazard } : {}),
    message: JSON.parse(row.message) as NoticeMessage,
    targets: JSON.parse(row.targets) as NoticeTargets,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    createdBy: row.created_by,
  };
}

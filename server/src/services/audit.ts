import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/schema.js';

export interface AuditInput {
  actor: string;
  action: string;
  target?: string | null;
  /** Small and free of personal data: ids, reasons, addresses; never form answers. */
  detail?: Record<string, unknown> | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditLog {
  /** Awaited by callers: if the record cannot be written, the audited action fails too. */
  record(event: AuditInput): Promise<void>;
  /** Newest first. */
  list(limit: number): Promise<AuditEvent[]>;
}

/** Actor strings are bounded: a failed login records whatever was typed as the username. */
const MAX_ACTOR_LENGTH = 128;

export function createAuditLog({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): AuditLog {
  async function record({ actor, action, target = null, detail = null }: AuditInput): Promise<void> {
    await db
      .insertInto('audit_events')
      .values({
        id: uuidv7(),
        at: now().toISOString(),
        actor: actor.slice(0, MAX_ACTOR_LENGTH),
        action,
        target,
        detail: detail ? JSON.stringify(detail) : null,
      })
      .execute();
  }

  async function list(limit: number): Promise<AuditEvent[]> {
    const rows = await db.selectFrom('audit_events').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((row) => ({ ...row, detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null }));
  }

  return { record, list };
}

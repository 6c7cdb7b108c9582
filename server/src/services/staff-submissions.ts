import type { Kysely } from 'kysely';
import type { Database, SubmissionStatus } from '../db/schema.js';
import type { ProgressState, PublicMessage } from '../../../contract/status.js';
import { inScope } from './department-scope.js';
import type { FormScope } from './department-scope.js';

export interface SubmissionSummary {
  id: string;
  formId: string;
  keyId: string | null;
  receiptNumber: string;
  receivedAt: string;
  status: SubmissionStatus;
  byteSize: number;
  progress: ProgressState;
  progressMessage: PublicMessage | null;
}

export interface SubmissionDetail extends SubmissionSummary {
  sha256: string;
  /** Compact JWE, decrypted in the staff browser with the department's private key. */
  ciphertext: string;
  processedAt: string | null;
  processedBy: string | null;
}

export interface ListQuery {
  formId?: string | undefined;
  status?: SubmissionStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

export type ListResult = { ok: true; items: SubmissionSummary[]; nextCursor: string | null } | { ok: false; reason: 'bad_cursor' };

/**

 * How long after marking a submission processed its marker may take it back. The console
 * offers "undo" for 10 s; the server allows more, so a slow network never turns an undo
 * the person saw in time into a refusal.
 */
export const UNDO_PROCESSED_WINDOW_MS = 60_000;

export type UndoProcessedResult =
  | { ok: true; submission: SubmissionDetail; changed: boolean }
  | { ok: false; reason: 'not_found' | 'not_yours' | 'too_late' };

/**
 * Every call takes the caller's FormScope: a submission outside it is treated as absent,
 * so another department's receipts are neither listed nor confirmed to exist.
 */
export interface StaffSubmissionService {
  list(query: ListQuery, scope: FormScope): Promise<ListResult>;
  get(id: string, scope: FormScope): Promise<SubmissionDetail | undefined>;
  /** Idempotent: a second call keeps the first time and person. Undefined when no such submission. */
  markProcessed(id: string, by: string, scope: FormScope): Promise<{ submission: SubmissionDetail; changed: boolean } | undefined>;
  /**
   * Takes back a "processed" within UNDO_PROCESSED_WINDOW_MS, by the person who set it: a
   * mis-click is undone, but nobody silently reopens another's finished work. Idempotent:
   * undoing a submission that is already "received" changes nothing.
   */
  undoProcessed(id: string, by: string, scope: FormScope): Promise<UndoProcessedResult>;
}

const SUMMARY_COLUMNS = ['id', 'form_id', 'key_id', 'receipt_number', 'received_at', 'status', 'byte_size', 'progress', 'progress_message'] as const;

export function createStaffSubmissionService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): StaffSubmissionService {
  async function list({ formId, status, limit, cursor }: ListQuery, scope: FormScope): Promise<ListResult> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (after === null) return { ok: false, reason: 'bad_cursor' };
    const visible = scope === 'all' ? undefined : [...scope].filter((id) => formId === undefined || id === formId);
    if (visible?.length === 0) return { ok: true, items: [], nextCursor: null };
    let query = db.selectFrom('submissions').select(SUMMARY_COLUMNS);
    if (visible) query = query.where('form_id', 'in', visible);
    if (formId) query = query.where('form_id', '=', formId);
    if (status) query = query.where('status', '=', status);
    if (after) {
      // Keyset, not offset: a page stays right while new submissions keep arriving on top.
      query = query.where((eb) =>
        eb.or([eb('received_at', '<', after.receivedAt), eb.and([eb('received_at', '=', after.receivedAt), eb('id', '<', after.id)])]),
      );
    }
    // One more than asked tells whether another page exists without a count query.
    const rows = await query.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const page = rows.slice(0, limit).map(summary);
    const last = page.at(-1);
    return { ok: true, items: page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  async function get(id: string, scope: FormScope): Promise<SubmissionDetail | undefined> {
    const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || !inScope(scope, row.form_id)) return undefined;
    return { ...summary(row), sha256: row.sha256, ciphertext: row.ciphertext, processedAt: row.processed_at, processedBy: row.processed_by };
  }

  async function markProcessed(id: string, by: string, scope: FormScope) {
    if (!(await get(id, scope))) return undefined;
    // The status condition makes concurrent clicks by two staff safe: only one update wins.
    const result = await db
      .updateTable('submissions')
      .set({ status: 'processed', processed_at: now().toISOString(), processed_by: by })
      .where('id', '=', id)
      .where('status', '=', 'received')
      .executeTakeFirst();
    const submission = await get(id, scope);
    return submission && { submission, changed: Number(result.numUpdatedRows) > 0 };
  }

  async function undoProcessed(id: string, by: string, scope: FormScope): Promise<UndoProcessedResult> {
    if (!(await get(id, scope))) return { ok: false, reason: 'not_found' };
    const since = new Date(now().getTime() - UNDO_PROCESSED_WINDOW_MS).toISOString();
    // One conditional update, like markProcessed: the checks and the change cannot interleave.
    const result = await db
      .updateTable('submissions')
      .set({ status: 'received', processed_at: null, processed_by: null })
      .where('id', '=', id)
      .where('status', '=', 'processed')
      .where('processed_by', '=', by)
      .where('processed_at', '>=', since)
      .executeTakeFirst();
    const submission = await get(id, scope);
    if (!submission) return { ok: false, reason: 'not_found' };
    if (Number(result.numUpdatedRows) > 0) return { ok: true, submission, changed: true };
    if (submission.status === 'received') return { ok: true, submission, changed: false };
    return { ok: false, reason: submission.processedBy === by ? 'too_late' : 'not_yours' };
  }

  return { list, get, markProcessed, undoProcessed };
}

type SummaryRow = {
  id: string;
  form_id: string;
  key_id: string | null;
  receipt_number: string;
  received_at: string;
  status: SubmissionStatus;
  byte_size: number;
  progress: ProgressState;
  progress_message: string | null;
};

function summary(row: SummaryRow): SubmissionSummary {
  return {
    id: row.id,
    formId: row.form_id,
    keyId: row.key_id,
    receiptNumber: row.receipt_number,
    receivedAt: row.received_at,
    status: row.status,
    byteSize: Number(row.byte_size),
    progress: row.progress,
    progressMessage: row.progress_message ? (JSON.parse(row.progress_message) as PublicMessage) : null,
  };
}

/** Opaque to clients: base64url of the last row's sort key. */
function encodeCursor(last: SubmissionSummary): string {
  return Buffer.from(JSON.stringify([last.receivedAt, last.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { receivedAt: value[0], id: value[1] };
    }
  } catch {
    // Falls through: a cursor the client mangled is its mistake, answered with a 400.
  }
  return null;
}

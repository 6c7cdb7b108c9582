import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { pinHashInput } from '../../../contract/status.js';
import type { ProgressState, PublicMessage } from '../../../contract/status.js';
import { inScope } from './department-scope.js';
import { LIBRARY_HOLD_FORM_ID } from '../../../contract/library-hold.js';
import { holdDetails } from '../library/hold-details.js';
import type { HoldDetails } from '../library/hold-details.js';
import type { FormScope } from './department-scope.js';

export type StatusAnswer =
  | { receiptNumber: string; found: true; formId: string; state: ProgressState; updatedAt: string; message: PublicMessage | null; hold?: HoldDetails }
  | { receiptNumber: string; found: false };

export interface ProgressChange {
  state: ProgressState;
  message: PublicMessage | null;
}

export interface SubmissionProgressService {
  /** A citizen's lookup: the same answer for an unknown number and a wrong PIN. */
  lookup(receiptNumber: string, pin: string): Promise<StatusAnswer>;
  /** The submission id when the PIN is right (same constant-time path as lookup); for a citizen's cancellation. */
  verify(receiptNumber: string, pin: string): Promise<string | undefined>;
  /** Staff set the state and message of several submissions at once; returns the ids changed (those in scope). */
  set(ids: readonly string[], change: ProgressChange, by: string, scope: FormScope): Promise<Array<{ id: string; formId: string }>>;
}

/** Server side of contract/status.ts's hash; the app makes the same with WebCrypto. */
export function hashPin(submissionId: string, pin: string): Buffer {
  return createHash('sha256').update(pinHashInput(submissionId, pin), 'utf8').digest();
}

// Compared against when the number is unknown, so a miss costs what a wrong PIN costs.
const DECOY = createHash('sha256').update('madoguchi-status-decoy').digest();

export function createSubmissionProgressService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): SubmissionProgressService {
  async function matching(receiptNumber: string, pin: string) {
    const row = await db
      .selectFrom('submissions')
      .select(['id', 'form_id', 'pin_hash', 'progress', 'progress_message', 'progress_at', 'received_at', 'clear_fields'])
      .where('receipt_number', '=', receiptNumber)
      .executeTakeFirst();
    const stored = row?.pin_hash ? Buffer.from(row.pin_hash, 'hex') : DECOY;
    const given = hashPin(row?.id ?? '', pin);
    // Constant time: how long the comparison takes says nothing about how much of the hash matched.
    const match = stored.length === given.length && timingSafeEqual(stored, given) && row?.pin_hash != null;
    return match ? row : undefined;
  }

  async function verify(receiptNumber: string, pin: string): Promise<string | undefined> {
    return (await matching(receiptNumber, pin))?.id;
  }

  async function lookup(receiptNumber: string, pin: string): Promise<StatusAnswer> {
    const row = await matching(receiptNumber, pin);
    if (!row) return { receiptNumber, found: false };
    const hold = row.form_id === LIBRARY_HOLD_FORM_ID ? await holdDetails(db, row.clear_fields) : undefined;
    return {
      receiptNumber,
      found: true,
      formId: row.form_id,
      state: row.progress,
      updatedAt: row.progress_at ?? row.received_at,
      message: row.progress_message ? (JSON.parse(row.progress_message) as PublicMessage) : null,
      ...(hold ? { hold } : {}),
    };
  }

  async function set(ids: readonly string[], { state, message }: ProgressChange, by: string, scope: FormScope) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('submissions').select(['id', 'form_id']).where('id', 'in', [...ids]).execute();
    const mine = rows.filter((row) => inScope(scope, row.form_id));
    if (mine.length === 0) return [];
    await db
      .updateTable('submissions')
      .set({ progress: state, progress_message: message ? JSON.stringify(message) : null, progress_at: now().toISOString(), progress_by: by })
      .where('id', 'in', mine.map((row) => row.id))
      .execute();
    return mine.map((row) => ({ id: row.id, formId: row.form_id }));
  }

  return { lookup, verify, set };
}

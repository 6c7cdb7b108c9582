import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors.js';
import { retryWhenSqliteBusy } from '../db/busy-retry.js';
import type { Database, SubmissionRow } from '../db/schema.js';
import { checkJweHeader } from '../lib/jwe-header.js';
import type { JweRefusal } from '../lib/jwe-header.js';
import { formByteLimit } from './forms.js';
import type { FormLookup } from './forms.js';
import { allocateReceiptNumber, tokyoYear } from './receipts.js';
import type { ReservationOutcome, ReservationRequest } from '../../../contract/api/reservations.js';
import type { ReservationAdapter } from './reservations/adapter.js';

export interface PutSubmissionInput {
  id: string;
  formId: string;
  /** Compact JWE, already checked for shape by the route schema. */
  ciphertext: string;
  /** Hex sha256 of the citizen's salted status PIN; absent from apps older than issue 17. */
  pinHash?: string | undefined;
  /** The room and slots a reservation request asks for, in clear beside the ciphertext. */
  reservation?: ReservationRequest | undefined;
  /** Fields in the clear, already checked for this form by the route (library/hold-fields.ts). */
  clear?: Readonly<Record<string, string>> | undefined;
}

export type PutSubmissionResult =
  | { ok: true; receiptNumber: string; receivedAt: string; replay: boolean; reservation?: ReservationOutcome | undefined }
  | { ok: false; reason: 'conflict' | 'unknown_form' }
  | { ok: false; reason: 'too_large'; limit: number }
  | { ok: false; reason: JweRefusal; message: string };

export interface SubmissionService {
  putSubmission(input: PutSubmissionInput): Promise<PutSubmissionResult>;
}

export interface SubmissionServiceDeps {
  db: Kysely<Database>;
  forms: FormLookup;
  now?: () => Date;
  /** Holds a reservation request's slots in the submission's own transaction. */
  reservations?: Pick<ReservationAdapter, 'hold'> | undefined;
}

/**
 * Stores a submission once and hands out its receipt number. Delivery is at-least-once
 * (the client retries until it holds a receipt), so a PUT is idempotent on (id, bytes):
 * the same bytes again answer the first receipt; other bytes under the same id are refused.
 */
export function createSubmissionService({ db, forms, now = () => new Date(), reservations }: SubmissionServiceDeps): SubmissionService {
  async function putSubmission({ id, formId, ciphertext, pinHash, reservation, clear }: PutSubmissionInput): Promise<PutSubmissionResult> {
    const bytes = Buffer.from(ciphertext, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Everything sent in clear is part of what a replay must repeat: the same ciphertext
    // asking for another book, branch or slot is a different request (409), not the same one.
    const sent = {
      formId, sha256, pinHash: pinHash ?? null,
      reservation: reservation ? JSON.stringify(reservation) : null,
      clear: clear ? canonicalJson(clear) : null,
    };
    // A stored row never changes, so a replay is answered from one read, without the
    // write transaction (on SQLite, BEGIN and COMMIT cost more than the read itself).
    const stored = await findById(db, id);
    if (stored) return compare(stored, sent);
    // Outside the transaction: this may read a newly published pack from disk.
    const form = await forms.resolve(formId);
    try {
      return await retryWhenSqliteBusy(() => db.transaction().execute(async (trx): Promise<PutSubmissionResult> => {
        // Again inside the transaction: another PUT of this id may have landed since the read above.
        // Checked before the form: a replay must still get its receipt after a form is withdrawn.
        const existing = await findById(trx, id);
        if (existing) return compare(existing, sent);
        if (!form) return { ok: false, reason: 'unknown_form' };
        // Only new submissions are checked: a replay must get its receipt even after the
        // form's limit or department key changed.
        const limit = formByteLimit(form);
        if (bytes.length > limit) return { ok: false, reason: 'too_large', limit };
        const jwe = checkJweHeader(ciphertext, form.keyId);
        if (!jwe.ok) return { ok: false, reason: jwe.code, message: jwe.message };
        const received = now();
        const receivedAt = received.toISOString();
        const receiptNumber = await allocateReceiptNumber(trx, tokyoYear(received));
        // The hold and the submission commit together: a retried delivery finds the
        // submission and answers its first outcome, and never holds a second time.
        const outcome = reservation ? await holdSlots(trx, id, reservation, received) : undefined;
        await trx
          .insertInto('submissions')
          .values({
            id,
            form_id: formId,
            key_id: form.keyId,
            sha256,
            ciphertext,
            byte_size: bytes.length,
            receipt_number: receiptNumber,
            received_at: receivedAt,
            pin_hash: pinHash ?? null,
            reservation_request: sent.reservation,
            reservation_outcome: outcome ?? null,
            // What the citizen sees by receipt number: held until staff decide, or refused at once.
            ...(outcome ? { progress: outcome === 'held' ? ('in_progress' as const) : ('declined' as const), progress_at: receivedAt } : {}),
            ...(outcome && outcome !== 'held' ? { progress_message: JSON.stringify({ phrase: outcome === 'taken' ? 'slot-taken' : 'reservation-declined' }) } : {}),
            clear_fields: sent.clear,
          })
          .execute();
        return { ok: true, receiptNumber, receivedAt, replay: false, ...(outcome ? { reservation: outcome } : {}) };
      }));
    } catch (error) {
      // On PostgreSQL two PUTs of one id can both miss the row, then the second insert
      // fails once the first commits. Its transaction (and counter bump) rolled back;
      // answer from the winner's row so the client never holds two receipts.
      if (!isUniqueViolation(error)) throw error;
      const winner = await findById(db, id);
      if (!winner) throw error;
      return compare(winner, sent);
    }
  }

  async function holdSlots(trx: Kysely<Database>, id: string, request: ReservationRequest, at: Date): Promise<ReservationOutcome> {
    return reservations ? reservations.hold(trx, id, request, at) : 'unknown_room';
  }

  return { putSubmission };
}

/** Keys sorted, so the same fields in another order compare alike. */
function canonicalJson(fields: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

type StoredSummary = Pick<SubmissionRow, 'form_id' | 'sha256' | 'receipt_number' | 'received_at' | 'pin_hash' | 'reservation_request' | 'reservation_outcome' | 'clear_fields'>;

// Not selectAll: the ciphertext can be megabytes and a replay only needs its hash.
function findById(db: Kysely<Database>, id: string): Promise<StoredSummary | undefined> {
  return db
    .selectFrom('submissions')
    .select(['form_id', 'sha256', 'receipt_number', 'received_at', 'pin_hash', 'reservation_request', 'reservation_outcome', 'clear_fields'])
    .where('id', '=', id)
    .executeTakeFirst();
}

function compare(
  row: StoredSummary,
  sent: { formId: string; sha256: string; pinHash: string | null; reservation: string | null; clear: string | null },
): PutSubmissionResult {
  // A replay carries the same clear fields too; other ones under this id are not the same submission.
  if (
    row.sha256 !== sent.sha256 || row.form_id !== sent.formId || row.pin_hash !== sent.pinHash
    || row.reservation_request !== sent.reservation || (row.clear_fields ?? null) !== sent.clear
  ) {
    return { ok: false, reason: 'conflict' };
  }
  const reservation = (row.reservation_outcome ?? undefined) as ReservationOutcome | undefined;
  return { ok: true, receiptNumber: row.receipt_number, receivedAt: row.received_at, replay: true, ...(reservation ? { reservation } : {}) };
}

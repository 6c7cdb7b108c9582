import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors.js';
import type { Database, SubmissionRow } from '../db/schema.js';
import { checkJweHeader } from '../lib/jwe-header.js';
import type { JweRefusal } from '../lib/jwe-header.js';
import { formByteLimit } from './forms.js';
import type { FormLookup } from './forms.js';
import { allocateReceiptNumber, tokyoYear } from './receipts.js';

export interface PutSubmissionInput {
  id: string;
  formId: string;
  /** Compact JWE, already checked for shape by the route schema. */
  ciphertext: string;
  /** Hex sha256 of the citizen's salted status PIN; absent from apps older than issue 17. */
  pinHash?: string | undefined;
}

export type PutSubmissionResult =
  | { ok: true; receiptNumber: string; receivedAt: string; replay: boolean }
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
}

/**
 * Stores a submission once and hands out its receipt number. Delivery is at-least-once
 * (the client retries until it holds a receipt), so a PUT is idempotent on (id, bytes):
 * the same bytes again answer the first receipt; other bytes under the same id are refused.
 */
export function createSubmissionService({ db, forms, now = () => new Date() }: SubmissionServiceDeps): SubmissionService {
  async function putSubmission({ id, formId, ciphertext, pinHash }: PutSubmissionInput): Promise<PutSubmissionResult> {
    const bytes = Buffer.from(ciphertext, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const sent = { formId, sha256, pinHash: pinHash ?? null };
    // A stored row never changes, so a replay is answered from one read, without the
    // write transaction (on SQLite, BEGIN and COMMIT cost more than the read itself).
    const stored = await findById(db, id);
    if (stored) return compare(stored, sent);
    // Outside the transaction: this may read a newly published pack from disk.
    const form = await forms.resolve(formId);
    try {
      return await db.transaction().execute(async (trx): Promise<PutSubmissionResult> => {
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
          })
          .execute();
        return { ok: true, receiptNumber, receivedAt, replay: false };
      });
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

  return { putSubmission };
}

type StoredSummary = Pick<SubmissionRow, 'form_id' | 'sha256' | 'receipt_number' | 'received_at' | 'pin_hash'>;

// Not selectAll: the ciphertext can be megabytes and a replay only needs its hash.
function findById(db: Kysely<Database>, id: string): Promise<StoredSummary | undefined> {
  return db
    .selectFrom('submissions')
    .select(['form_id', 'sha256', 'receipt_number', 'received_at', 'pin_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
}

function compare(row: StoredSummary, sent: { formId: string; sha256: string; pinHash: string | null }): PutSubmissionResult {
  // A replay carries the same PIN hash; another one under this id is not the same submission.
  if (row.sha256 !== sent.sha256 || row.form_id !== sent.formId || row.pin_hash !== sent.pinHash) return { ok: false, reason: 'conflict' };
  return { ok: true, receiptNumber: row.receipt_number, receivedAt: row.received_at, replay: true };
}

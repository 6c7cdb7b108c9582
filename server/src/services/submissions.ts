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
  /** Fields in the clear, already checked for this form by the route (library/hold-fields.ts). */
  clear?: Readonly<Record<string, string>> | undefined;
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
  async function putSubmission({ id, formId, ciphertext, clear }: PutSubmissionInput): Promise<PutSubmissionResult> {
    const bytes = Buffer.from(ciphertext, 'utf8');
    const clearFields = clear ? canonicalJson(clear) : null;
    // The clear fields are part of what a replay must repeat: the same ciphertext asking
    // for another book or branch is a different request (409), not the same one again.
    const sha256 = createHash('sha256').update(bytes).update(clearFields === null ? '' : `\0${clearFields}`).digest('hex');
    // A stored row never changes, so a replay is answered from one read, without the
    // write transaction (on SQLite, BEGIN and COMMIT cost more than the read itself).
    const stored = await findById(db, id);
    if (stored) return compare(stored, formId, sha256);
    // Outside the transaction: this may read a newly published pack from disk.
    const form = await forms.resolve(formId);
    try {
      return await db.transaction().execute(async (trx): Promise<PutSubmissionResult> => {
        // Again inside the transaction: another PUT of this id may have landed since the read above.
        // Checked before the form: a replay must still get its receipt after a form is withdrawn.
        const existing = await findById(trx, id);
        if (existing) return compare(existing, formId, sha256);
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
            clear_fields: clearFields,
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
      return compare(winner, formId, sha256);
    }
  }

  return { putSubmission };
}

/** Keys sorted, so the same fields in another order hash alike. */
function canonicalJson(fields: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

type StoredSummary = Pick<SubmissionRow, 'form_id' | 'sha256' | 'receipt_number' | 'received_at'>;

// Not selectAll: the ciphertext can be megabytes and a replay only needs its hash.
function findById(db: Kysely<Database>, id: string): Promise<StoredSummary | undefined> {
  return db
    .selectFrom('submissions')
    .select(['form_id', 'sha256', 'receipt_number', 'received_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

function compare(row: StoredSummary, formId: string, sha256: string): PutSubmissionResult {
  if (row.sha256 !== sha256 || row.form_id !== formId) return { ok: false, reason: 'conflict' };
  return { ok: true, receiptNumber: row.receipt_number, receivedAt: row.received_at, replay: true };
}

import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/schema.js';
import { acceptsReplies, PUBLIC_REPLY_CONSENT, REPLY_CONSENT_FIELD } from '../../../contract/replies.js';
import type { CitizenReplyAnswer, FaqProposal, FaqProposalBody, StaffReplyBody, StaffReplyView, StoredReply } from '../../../contract/api/replies.js';
import { replyHeaderProblem } from '../lib/reply-jwe.js';
import { inScope } from './department-scope.js';
import type { FormScope } from './department-scope.js';
import type { SubmissionProgressService } from './submission-progress.js';

export type ReplyRefusal =
  | { code: 'not_found' }
  | { code: 'not_a_reply_form'; formId: string }
  | { code: 'public_not_allowed' }
  | { code: 'reply_jwe'; message: string };

export type ReplyWriteResult = { ok: true; reply: StoredReply; formId: string } | { ok: false; refusal: ReplyRefusal };

export interface ReplyService {
  /** Staff write (or correct) the reply; a reply marks the request done. */
  write(id: string, body: StaffReplyBody, by: string, scope: FormScope): Promise<ReplyWriteResult>;
  /** What the console shows; undefined when the submission is not in the staff member's scope. */
  staffView(id: string, scope: FormScope): Promise<StaffReplyView | undefined>;
  /** A citizen's read by receipt number + PIN: the same answer for an unknown number and a wrong PIN. */
  forCitizen(receiptNumber: string, pin: string): Promise<CitizenReplyAnswer>;
  proposeFaq(id: string, body: FaqProposalBody, by: string, scope: FormScope): Promise<{ ok: true; proposal: FaqProposal } | { ok: false; refusal: ReplyRefusal }>;
  listFaq(scope: FormScope): Promise<FaqProposal[]>;
}

interface Deps {
  db: Kysely<Database>;
  progress: Pick<SubmissionProgressService, 'verify'>;
  now?: () => Date;
}

function publicAllowed(clearFields: string | null): boolean {
  if (!clearFields) return false;
  try {
    return (JSON.parse(clearFields) as Record<string, unknown>)[REPLY_CONSENT_FIELD] === PUBLIC_REPLY_CONSENT;
  } catch {
    return false;
  }
}

function stored(row: { kind: 'encrypted' | 'public'; body: string; replied_at: string }): StoredReply {
  return row.kind === 'public'
    ? { kind: 'public', text: row.body, repliedAt: row.replied_at }
    : { kind: 'encrypted', ciphertext: row.body, repliedAt: row.replied_at };
}

export function createReplyService({ db, progress, now = () => new Date() }: Deps): ReplyService {
  /** The submission as far as replies care, or why staff may not reply to it. */
  async function target(id: string, scope: FormScope) {
    const row = await db.selectFrom('submissions').select(['id', 'form_id', 'clear_fields']).where('id', '=', id).executeTakeFirst();
    if (!row || !inScope(scope, row.form_id)) return { ok: false as const, refusal: { code: 'not_found' as const } };
    if (!acceptsReplies(row.form_id)) return { ok: false as const, refusal: { code: 'not_a_reply_form' as const, formId: row.form_id } };
    return { ok: true as const, formId: row.form_id, publicAllowed: publicAllowed(row.clear_fields) };
  }

  async function write(id: string, body: StaffReplyBody, by: string, scope: FormScope): Promise<ReplyWriteResult> {
    const found = await target(id, scope);
    if (!found.ok) return found;
    if (body.kind === 'public' && !found.publicAllowed) return { ok: false, refusal: { code: 'public_not_allowed' } };
    if (body.kind === 'encrypted') {
      const problem = replyHeaderProblem(body.ciphertext);
      if (problem) return { ok: false, refusal: { code: 'reply_jwe', message: problem } };
    }
    const at = now().toISOString();
    const values = { kind: body.kind, body: body.kind === 'public' ? body.text : body.ciphertext, replied_at: at, replied_by: by };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('submission_replies')
        .values({ submission_id: id, ...values })
        .onConflict((oc) => oc.column('submission_id').doUpdateSet(values))
        .execute();
      await trx.updateTable('submissions').set({ progress: 'done', progress_at: at, progress_by: by }).where('id', '=', id).execute();
    });
    return { ok: true, reply: stored(values), formId: found.formId };
  }

  async function staffView(id: string, scope: FormScope): Promise<StaffReplyView | undefined> {
    const found = await target(id, scope);
    if (!found.ok) return undefined;
    const row = await db.selectFrom('submission_replies').select(['kind', 'body', 'replied_at', 'replied_by']).where('submission_id', '=', id).executeTakeFirst();
    return { publicAllowed: found.publicAllowed, reply: row ? stored(row) : null, repliedBy: row?.replied_by ?? null };
  }

  async function forCitizen(receiptNumber: string, pin: string): Promise<CitizenReplyAnswer> {
    const id = await progress.verify(receiptNumber, pin);
    if (!id) return { found: false };
    const row = await db.selectFrom('submission_replies').select(['kind', 'body', 'replied_at']).where('submission_id', '=', id).executeTakeFirst();
    return { found: true, reply: row ? stored(row) : null };
  }

  async function proposeFaq(id: string, body: FaqProposalBody, by: string, scope: FormScope) {
    const found = await target(id, scope);
    if (!found.ok) return found;
    // Only what the citizen allowed to be public may reach the FAQ, even rewritten.
    if (!found.publicAllowed) return { ok: false as const, refusal: { code: 'public_not_allowed' as const } };
    const proposal: FaqProposal = { id: uuidv7(), submissionId: id, ...body, proposedBy: by, proposedAt: now().toISOString(), exportedAt: null };
    await db
      .insertInto('faq_proposals')
      .values({
        id: proposal.id, submission_id: id, category: body.category, question: body.question, answer: body.answer,
        proposed_by: by, proposed_at: proposal.proposedAt, exported_at: null,
      })
      .execute();
    return { ok: true as const, proposal };
  }

  async function listFaq(scope: FormScope): Promise<FaqProposal[]> {
    const rows = await db
      .selectFrom('faq_proposals')
      .innerJoin('submissions', 'submissions.id', 'faq_proposals.submission_id')
      .select(['faq_proposals.id', 'submission_id', 'category', 'question', 'answer', 'proposed_by', 'proposed_at', 'exported_at', 'submissions.form_id'])
      .orderBy('proposed_at', 'desc')
      .limit(200)
      .execute();
    return rows.filter((row) => inScope(scope, row.form_id)).map((row) => ({
      id: row.id, submissionId: row.submission_id, category: row.category, question: row.question, answer: row.answer,
      proposedBy: row.proposed_by, proposedAt: row.proposed_at, exportedAt: row.exported_at,
    }));
  }

  return { write, staffView, forCitizen, proposeFaq, listFaq };
}

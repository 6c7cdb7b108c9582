import type { JWK } from 'jose';
import type { ReservationRequest } from '../../../contract/api/reservations';
import type { Answers } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { buildSubmission } from '../../lib/forms/submission';
import { uuidv7 } from '../../lib/forms/uuidv7';
import type { PackForm } from '../../lib/content/pack-types';
import { err, ok, type Result } from '../../lib/result';
import { hashPin, makePin } from '../../lib/status/pin';
import { rememberPin } from './session-pins';
import { acceptsReplies, PUBLIC_REPLY_CONSENT, REPLY_CONSENT_FIELD } from '../../../contract/replies';
import { makeReplyCode } from '../../lib/replies/reply-code';
import { rememberReplyCode } from '../replies/session-reply-codes';

/** Why a submission could not be queued; the answers stay in memory and the citizen may retry. */
export type SubmitError = { kind: 'quota' } | { kind: 'storage' } | { kind: 'encrypt' };

export interface SubmitInput {
  def: FormDef;
  publicKey: PackForm['publicKey'];
  answers: Answers;
  channel: 'kiosk' | 'phone';
  lang: string;
  now?: Date;
  /** Sent beside the ciphertext, unencrypted: only what the form's server check allows (a library hold's book and branch). */
  clear?: Record<string, string>;
  /** On forms that take replies: the citizen ticked "the reply may be public". */
  publicReply?: boolean;
  /** Shown on this device beside the item and its receipt, never sent (OutboxRecord.note). */
  note?: Record<string, string>;
  /** A facility reservation's room and slots, sent in clear so the server can hold them. */
  reservation?: ReservationRequest;
}

/**
 * Seals the answers and queues them: the payload (visible fields only,
 * normalised) is encrypted to the department's public key, given a UUIDv7, and
 * put in the outbox in one transaction. Only the ciphertext and non-personal
 * metadata are written; the plaintext never touches storage.
 */
export async function submitForm(input: SubmitInput): Promise<Result<{ id: string }, SubmitError>> {
  const now = input.now ?? new Date();
  const id = uuidv7();
  // The status PIN: only its salted hash is stored in the outbox; a kiosk keeps the PIN in
  // memory for the receipt screen (gone at the wipe), a phone keeps it with its receipts.
  const pin = makePin();
  const pinHash = await hashPin(id, pin);
  const replies = acceptsReplies(input.def.id) ? await replyKeyFor(pin, input.publicReply === true) : undefined;
  const payload = {
    ...buildSubmission(input.def, withoutKioskFiles(input), { id, now, lang: input.lang, channel: input.channel }),
    ...(replies ? { reply: replies.sealed } : {}),
  };
  let ciphertext: string;
  try {
    // jose is ~40 KB: loaded when the first form is sent, not when it opens.
    const { encryptAnswers } = await import('../../lib/forms/encrypt');
    ciphertext = await encryptAnswers(payload, input.publicKey as JWK, input.def.keyId);
  } catch (e) {
    console.error('forms: encryption failed', e);
    return err({ kind: 'encrypt' });
  }
  const clear = { ...input.clear, ...(replies?.sealed.publicConsent ? { [REPLY_CONSENT_FIELD]: PUBLIC_REPLY_CONSENT } : {}) };
  const { queueSubmission } = await import('../../outbox/store');
  const queued = await queueSubmission({
    id, formId: input.def.id, createdAt: now.toISOString(), bytes: ciphertext.length, ciphertext, attempts: 0, nextAttemptAt: now.getTime(),
    pinHash, ...(input.channel === 'phone' ? { pin, ...(replies ? { replyCode: replies.code } : {}) } : {}),
    ...(Object.keys(clear).length > 0 ? { clear } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.reservation ? { reservation: input.reservation } : {}),
  });
  if (!queued.ok) return err(queued.error.kind === 'quota-exceeded' ? { kind: 'quota' } : { kind: 'storage' });
  rememberPin(id, pin);
  if (replies) rememberReplyCode(id, replies.code);
  return ok({ id });
}

/**
 * A reply code, and the key it and the PIN derive (sealed with the answers for staff). The
 * code itself stays on the device: printed on the slip, kept in memory on a kiosk.
 */
async function replyKeyFor(pin: string, publicConsent: boolean) {
  const code = makeReplyCode();
  const { makeReplyKey } = await import('../../lib/replies/reply-crypto');
  return { code, sealed: { ...(await makeReplyKey(pin, code)), publicConsent } };
}

/** A kiosk never shows file fields; whatever a file answer got there by, it is not sent. */
function withoutKioskFiles({ def, answers, channel }: SubmitInput): Answers {
  if (channel !== 'kiosk') return answers;
  const files = new Set(def.sections.flatMap((s) => s.fields).filter((f) => f.type === 'file').map((f) => f.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !files.has(id)));
}

import { submittableAnswers, type Answers, type AnswerValue } from './answers';
import type { FormDef } from './form-schema';

/**
 * The plaintext that encryptAnswers seals. It repeats the submission id and the
 * form, so staff can check that a ciphertext was not moved to another id or
 * replayed under another form: the server only sees the outside.
 */
export interface SubmissionPayload {
  id: string;
  formId: string;
  formVersion: FormDef['version'];
  keyId: string;
  /** The UI language the person used, so staff know which language to answer in. */
  lang: string;
  /** ISO 8601 UTC. */
  submittedAt: string;
  channel: 'kiosk' | 'phone';
  answers: Record<string, AnswerValue>;
  /**
   * On forms that take replies (contract/replies.ts): the key a private reply is sealed to,
   * derived from the citizen's PIN and reply code, and whether they allowed a public reply.
   * Sealed with the answers, so the server can neither read nor swap it.
   */
  reply?: { key: string; salt: string; publicConsent: boolean };
}

export interface SubmissionContext {
  id: string;
  now: Date;
  lang: string;
  channel: 'kiosk' | 'phone';
}

/** The payload of a validated draft: hidden fields dropped, values normalised (see submittableAnswers). */
export function buildSubmission(def: FormDef, answers: Answers, context: SubmissionContext): SubmissionPayload {
  return {
    id: context.id,
    formId: def.id,
    formVersion: def.version,
    keyId: def.keyId,
    lang: context.lang,
    submittedAt: context.now.toISOString(),
    channel: context.channel,
    answers: submittableAnswers(def, answers),
  };
}

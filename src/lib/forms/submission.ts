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

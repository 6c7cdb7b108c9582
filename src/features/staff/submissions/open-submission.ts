import type { SubmissionDetail } from '../../../../contract/api/staff-submissions';
import { decryptSubmission, submissionKeyId } from '../../../lib/forms/encrypt';
import type { SubmissionPayload } from '../../../lib/forms/submission';
import { err, ok, type Result } from '../../../lib/result';
import type { LoadedKey } from '../keys/key-ring';

/** What came out of the ciphertext: the envelope is checked, the answers are not trusted to fit the form. */
export type OpenedPayload = Partial<Omit<SubmissionPayload, 'answers'>> & { answers: Record<string, unknown> };

export interface OpenedSubmission {
  keyId: string;
  payload: OpenedPayload;
  /**
   * The sealed id or form differ from where the server filed the ciphertext: it was moved
   * to another id or form. The server cannot see inside, so only the console can tell.
   */
  mismatch: boolean;
}

/** Why a submission cannot be read here; each is a sentence in staff.json (open.*). */
export type OpenProblem =
  | { kind: 'no-key'; keyId: string }
  | { kind: 'unknown-key' }
  | { kind: 'cannot-decrypt'; keyId: string }
  | { kind: 'not-a-submission' };

type Sealed = Pick<SubmissionDetail, 'id' | 'formId' | 'keyId' | 'ciphertext'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function openSubmission(detail: Sealed, keys: ReadonlyMap<string, LoadedKey>): Promise<Result<OpenedSubmission, OpenProblem>> {
  // The JWE header names its key; the server's record (from the form) is the fallback.
  const keyId = submissionKeyId(detail.ciphertext) ?? detail.keyId ?? undefined;
  if (keyId === undefined) return err({ kind: 'unknown-key' });
  const loaded = keys.get(keyId);
  if (!loaded) return err({ kind: 'no-key', keyId });
  let payload: unknown;
  try {
    payload = await decryptSubmission(detail.ciphertext, loaded.key);
  } catch {
    // A key file with the right id but other key material, or bytes changed in storage.
    return err({ kind: 'cannot-decrypt', keyId });
  }
  if (!isRecord(payload) || !isRecord(payload.answers)) return err({ kind: 'not-a-submission' });
  const opened = payload as OpenedPayload;
  const mismatch = opened.id !== detail.id || opened.formId !== detail.formId;
  return ok({ keyId, payload: opened, mismatch });
}

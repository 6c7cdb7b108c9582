import type { JWK } from 'jose';
import type { SubmissionDetail } from '../../../../contract/api/staff-submissions';
import { departmentKeyPair, sealed } from './keys';

export const submissionId = '019a0000-0000-7000-8000-0000000000aa';

/** A bulky-waste submission as the server stores it, sealed for a fresh gomi-genryo-2026 key. */
export async function bulkyWasteSubmission(answers: Record<string, unknown>): Promise<{ detail: SubmissionDetail; privateJwk: JWK }> {
  const { publicJwk, privateJwk } = await departmentKeyPair('gomi-genryo-2026');
  const payload = {
    id: submissionId, formId: 'bulky-waste', formVersion: 1, keyId: 'gomi-genryo-2026', lang: 'ja',
    submittedAt: '2026-11-24T23:40:00.000Z', channel: 'kiosk', answers,
  };
  const detail: SubmissionDetail = {
    id: submissionId, formId: 'bulky-waste', keyId: 'gomi-genryo-2026', receiptNumber: 'IW-2026-000042',
    receivedAt: '2026-11-24T23:47:05.000Z', status: 'received', byteSize: 1000, sha256: 'a'.repeat(64),
    ciphertext: await sealed(payload, publicJwk, 'gomi-genryo-2026'), processedAt: null, processedBy: null,
    progress: 'received', progressMessage: null,
  };
  return { detail, privateJwk };
}

export const summaryOf = ({ id, formId, keyId, receiptNumber, receivedAt, status, byteSize, progress, progressMessage }: SubmissionDetail) =>
  ({ id, formId, keyId, receiptNumber, receivedAt, status, byteSize, progress, progressMessage });

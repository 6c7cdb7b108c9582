import type { ApiFailure } from '../api/http';
import { staffApi, type SubmissionStatus, type SubmissionSummary } from '../api/staff-api';
import type { LoadedKey } from '../keys/key-ring';
import { openSubmission } from '../submissions/open-submission';
import { err, ok, type Result } from '../../../lib/result';
import type { ExportRow } from './csv-table';

export interface ExportProgress {
  phase: 'listing' | 'decrypting';
  done: number;
  total: number;
}

export type ExportProblem = { kind: 'api'; failure: ApiFailure } | { kind: 'missing-keys'; keyIds: string[] } | { kind: 'empty' };

export interface CollectedExport {
  rows: ExportRow[];
  /** Receipt numbers whose ciphertext would not open: in the file with empty answers. */
  unreadable: string[];
}

const LIST_PAGE = 200;

/**
 * Every submission of one form (and status, if chosen), fetched and decrypted here, in
 * the browser. Stops before fetching any ciphertext when a key is missing: a file that
 * silently lacks rows would be worse than no file.
 */
export async function collectExport(
  filter: { formId: string; status: SubmissionStatus | undefined },
  keys: ReadonlyMap<string, LoadedKey>,
  onProgress: (progress: ExportProgress) => void,
): Promise<Result<CollectedExport, ExportProblem>> {
  const summaries: SubmissionSummary[] = [];
  let cursor: string | undefined;
  do {
    onProgress({ phase: 'listing', done: summaries.length, total: summaries.length });
    // purpose=export: the server's audit log records this as an export, not a look at the list.
    const page = await staffApi.listSubmissions({ formId: filter.formId, status: filter.status, cursor, limit: LIST_PAGE, purpose: 'export' });
    if (!page.ok) return err({ kind: 'api', failure: page.error });
    summaries.push(...page.value.items);
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor);
  if (summaries.length === 0) return err({ kind: 'empty' });

  const missing = [...new Set(summaries.flatMap((s) => (s.keyId !== null && !keys.has(s.keyId) ? [s.keyId] : [])))];
  if (missing.length > 0) return err({ kind: 'missing-keys', keyIds: missing.sort() });

  // Oldest first in the file, as a ledger reads; the list API answers newest first.
  summaries.reverse();
  const rows: ExportRow[] = [];
  const unreadable: string[] = [];
  for (const summary of summaries) {
    onProgress({ phase: 'decrypting', done: rows.length, total: summaries.length });
    const detail = await staffApi.submission(summary.id);
    if (!detail.ok) return err({ kind: 'api', failure: detail.error });
    const opened = await openSubmission(detail.value, keys);
    if (!opened.ok) unreadable.push(summary.receiptNumber);
    const { receiptNumber, receivedAt, status } = detail.value;
    rows.push({ receiptNumber, receivedAt, status, answers: opened.ok ? opened.value.payload.answers : undefined });
  }
  onProgress({ phase: 'decrypting', done: rows.length, total: rows.length });
  return ok({ rows, unreadable });
}

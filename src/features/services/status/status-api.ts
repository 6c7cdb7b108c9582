import type { StatusAnswer, StatusResponse } from '../../../../contract/api/status';
import { postAsDevice } from './post-as-device';
import { err, ok, type Result } from '../../../lib/result';

export type StatusError = { kind: 'offline' } | { kind: 'rate-limited'; retryAfterSeconds: number } | { kind: 'invalid' } | { kind: 'server' };

/**
 * POST /api/status for one or more receipts. A kiosk sends its device token so it draws on
 * its own allowance rather than its site's address, which phones on the same network share.
 */
export async function fetchStatus(queries: ReadonlyArray<{ receiptNumber: string; pin: string }>, fetchFn: typeof fetch = fetch): Promise<Result<StatusAnswer[], StatusError>> {
  const response = await postAsDevice('/api/status', { queries }, fetchFn);
  if (!response) return err({ kind: 'offline' });
  if (response.status === 429) return err({ kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('retry-after')) || 60 });
  if (response.status === 400) return err({ kind: 'invalid' });
  if (!response.ok) return err({ kind: 'server' });
  const body = (await response.json().catch(() => undefined)) as StatusResponse | undefined;
  return Array.isArray(body?.results) ? ok(body.results) : err({ kind: 'server' });
}

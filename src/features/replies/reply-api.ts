import type { CitizenReplyAnswer } from '../../../contract/api/replies';
import { storedDeviceToken } from '../../db/kiosk-token';
import { err, ok, type Result } from '../../lib/result';
import type { StatusError } from '../services/status/status-api';

/** POST /api/status/reply: the reply to one receipt, on the same allowance as a status lookup. */
export async function fetchReply(receiptNumber: string, pin: string, fetchFn: typeof fetch = fetch): Promise<Result<CitizenReplyAnswer, StatusError>> {
  const token = await storedDeviceToken().catch(() => undefined);
  let response: Response;
  try {
    response = await fetchFn('/api/status/reply', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ receiptNumber, pin }),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return err({ kind: 'offline' });
  }
  if (response.status === 429) return err({ kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('retry-after')) || 60 });
  if (response.status === 400) return err({ kind: 'invalid' });
  if (!response.ok) return err({ kind: 'server' });
  const body = (await response.json().catch(() => undefined)) as CitizenReplyAnswer | undefined;
  return body && typeof body.found === 'boolean' ? ok(body) : err({ kind: 'server' });
}

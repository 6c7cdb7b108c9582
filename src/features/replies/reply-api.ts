import type { CitizenReplyAnswer } from '../../../contract/api/replies';
import { postAsDevice } from '../services/status/post-as-device';
import { err, ok, type Result } from '../../lib/result';
import type { StatusError } from '../services/status/status-api';

/** POST /api/status/reply: the reply to one receipt, on the same allowance as a status lookup. */
export async function fetchReply(receiptNumber: string, pin: string, fetchFn: typeof fetch = fetch): Promise<Result<CitizenReplyAnswer, StatusError>> {
  const response = await postAsDevice('/api/status/reply', { receiptNumber, pin }, fetchFn);
  if (!response) return err({ kind: 'offline' });
  if (response.status === 429) return err({ kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('retry-after')) || 60 });
  if (response.status === 400) return err({ kind: 'invalid' });
  if (!response.ok) return err({ kind: 'server' });
  const body = (await response.json().catch(() => undefined)) as CitizenReplyAnswer | undefined;
  return body && typeof body.found === 'boolean' ? ok(body) : err({ kind: 'server' });
}

import type { ErrorBody } from '../../../../contract/api/common';
import { err, ok, type Result } from '../../../lib/result';

/**
 * Why a call did not succeed. `code` is the server's stable error code; each maps to a
 * sentence in staff.json (errors.*), so staff read words, never a status number alone.
 */
export type ApiFailure =
  | { kind: 'network' }
  | { kind: 'http'; status: number; code: string; retryAfterS?: number };

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  csrfToken?: string | undefined;
  /**
   * A request the page makes on its own (a timer's refresh), not one a person asked for:
   * the server then does not extend the session, so a console left open still times out.
   */
  background?: boolean | undefined;
}

export type ApiResult<T> = Result<T, ApiFailure>;

export async function apiRequest<T>(path: string, { method = 'GET', body, csrfToken, background }: ApiOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // Must match BACKGROUND_HEADER in server/src/plugins/staff-auth.ts.
  if (background) headers['x-background-refresh'] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    // no-store: ciphertexts and tokens must not be kept by any cache on an office PC.
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return err({ kind: 'network' });
  }
  if (response.status === 204) return ok(undefined as T);
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    // A proxy's HTML error page with a 200 is not an answer.
    return json === undefined ? err({ kind: 'http', status: response.status, code: 'bad_response' }) : ok(json as T);
  }
  const code = (json as Partial<ErrorBody> | undefined)?.error?.code ?? 'unknown';
  const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
  return err({ kind: 'http', status: response.status, code, ...(retryAfter > 0 ? { retryAfterS: retryAfter } : {}) });
}

import type { LibrarySearchResult } from '../../../contract/api/library';
import { err, ok, type Result } from '../../lib/result';

export interface LibrarySearchParams {
  q: string;
  branch?: string | undefined;
  available?: boolean | undefined;
  offset?: number | undefined;
}

/** `offline`: no answer from the server at all (the network, or the server away); `failed`: it answered with an error. */
export type LibrarySearchError = 'offline' | 'failed';

type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** The catalogue lives on the server only (it changes by the minute), so search needs the network. */
export async function searchLibrary(params: LibrarySearchParams, fetchFn: FetchLike = fetch): Promise<Result<LibrarySearchResult, LibrarySearchError>> {
  const query = new URLSearchParams({ q: params.q });
  if (params.branch) query.set('branch', params.branch);
  if (params.available) query.set('available', 'true');
  if (params.offset) query.set('offset', String(params.offset));
  let response: Response;
  try {
    response = await fetchFn(`/api/library/search?${query.toString()}`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  } catch {
    return err('offline');
  }
  // The service worker answers 503 when it has no network to ask; a captive portal, HTML.
  if (response.status === 503 || response.status === 504) return err('offline');
  if (!response.ok) return err('failed');
  const body = (await response.json().catch(() => undefined)) as LibrarySearchResult | undefined;
  return body && Array.isArray(body.records) ? ok(body) : err('failed');
}

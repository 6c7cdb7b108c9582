import type { CitizenApi, CitizenRoute } from '../../../contract/api/routes';

/** The body a route takes, serialised: the compiler checks it against the contract. */
export function apiBody<R extends CitizenRoute>(_route: R, body: CitizenApi[R]['body']): string {
  return JSON.stringify(body);
}

/**
 * A successful answer of `route`, as the contract describes it, or undefined when the
 * body is not JSON (a proxy's error page). The one place the citizen app takes the
 * server's word for a shape; callers that keep data (notices) still check what they keep.
 */
export async function apiAnswer<R extends CitizenRoute>(_route: R, response: Response): Promise<CitizenApi[R]['response'] | undefined> {
  const json: unknown = await response.json().catch(() => undefined);
  return json === undefined || json === null ? undefined : (json as CitizenApi[R]['response']);
}

/** The stable error code of a refusal (`{ error: { code } }`, contract/api/common.ts), if the body has one. */
export async function apiErrorCode(response: Response): Promise<string | undefined> {
  const json: unknown = await response.json().catch(() => undefined);
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const { error } = json;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

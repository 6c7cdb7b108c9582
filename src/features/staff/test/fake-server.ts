import { vi } from 'vitest';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}
export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export type FakeRoute = (request: FakeRequest) => FakeResponse | undefined;

/**
 * Stands in for the server at the network boundary (global fetch): routes answer by
 * method and path; anything unrouted is a 404 in the API's error shape.
 */
export function fakeServer(routes: Record<string, FakeRoute>) {
  const requests: FakeRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: FakeRequest = {
      method: init.method ?? 'GET', path: url.pathname, query: url.searchParams,
      headers: new Headers(init.headers), body: text === undefined ? undefined : JSON.parse(text),
    };
    requests.push(request);
    const answer = routes[`${request.method} ${request.path}`]?.(request) ??
      { status: 404, body: { error: { code: 'not_found', message: 'No route' } } };
    const status = answer.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(answer.body ?? {}), {
      status, headers: { 'content-type': 'application/json', ...answer.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, find: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path) };
}

export const staffSession = (role: 'admin' | 'staff' = 'admin') => ({
  user: { username: 'tanaka', role },
  csrfToken: 'csrf-token-from-the-server-aaaaaaaaaaaaaaaaaa',
});

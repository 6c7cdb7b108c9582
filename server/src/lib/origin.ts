import type { FastifyRequest } from 'fastify';

/**
 * True when a state-changing request comes from our own pages. SameSite=Strict and the
 * CSRF header already stop cross-site forms; this is the second lock the OWASP cheat
 * sheet recommends. Browsers send Origin on every POST and DELETE, and Sec-Fetch-Site
 * where Origin is missing; a request with neither is not from a browser (curl, a test),
 * so it cannot be a forged cross-site request and is let through to the token check.
 */
export function isSameOrigin(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === expectedOrigin(request, publicOrigin);
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  return true;
}

/** The operator's PUBLIC_ORIGIN behind a proxy, else the origin this request was sent to. */
export function expectedOrigin(request: FastifyRequest, publicOrigin: string | undefined): string {
  return publicOrigin ?? `${request.protocol}://${request.host}`;
}

/** Whether cookies must carry Secure: the site is served over https. */
export function isHttps(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  return publicOrigin ? publicOrigin.startsWith('https:') : request.protocol === 'https';
}

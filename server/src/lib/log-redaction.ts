import type { FastifyRequest } from 'fastify';

/**
 * Query parameters that carry secrets. A kiosk is enrolled by opening
 * `/?kiosk=<id>&token=<enrolment token>`, so that GET reaches the server with the token in
 * its URL; whoever reads the logs must not be able to enrol a terminal of their own with it.
 */
const SECRET_PARAMETERS = ['token', 'deviceToken'];
const secretPattern = new RegExp(`([?&](?:${SECRET_PARAMETERS.join('|')})=)[^&#]*`, 'gi');

export function redactUrl(url: string): string {
  return url.replace(secretPattern, '$1[redacted]');
}

/** Fastify's own request fields, with the URL redacted. */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

import type { FastifyReply, FastifyRequest } from 'fastify';

/** An error the client caused or should know about; the error handler answers it as JSON. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Sent with the error, e.g. `retry-after` on a 429 or `www-authenticate` on a 401. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * onRequest hook for endpoints that only take JSON. Runs before the body is read, so a
 * multi-megabyte upload of the wrong type is refused without being buffered or parsed.
 */
export async function requireJson(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'Content-Type must be application/json');
  }
}

import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from '../lib/http.js';
import type { ErrorBody } from '../../../contract/api/common.js';

// One shape for every error, so the app's outbox can decide "retry" or "give up" from
// the status and show a translated message from the code. The JSON 404 lives in
// plugins/static.ts, because a miss there is either the app shell or a 404.

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

async function errors(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      if (error.statusCode >= 500) request.log.error({ err: error }, error.message);
      return reply.code(error.statusCode).headers(error.headers).send(errorBody(error.code, error.message));
    }
    if (error.validation) {
      return reply.code(400).send(errorBody('invalid_request', error.message));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, body too large, unsupported type, etc.
      return reply.code(status).send(errorBody(CODE_BY_STATUS[status] ?? 'bad_request', error.message));
    }
    // Anything else is our fault: log it in full, tell the client nothing internal.
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('internal_error', 'Internal server error'));
  });
}

export default fp(errors, { name: 'errors' });

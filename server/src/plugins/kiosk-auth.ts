import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from '../lib/http.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Admits a request with an enrolled, unrevoked kiosk's `Authorization: Bearer <deviceToken>`. */
    requireKiosk: onRequestAsyncHookHandler;
    /**
     * For endpoints open to phones too: no Authorization header is an anonymous request;
     * one that is sent must be an enrolled, unrevoked kiosk's, else 401 as in requireKiosk.
     */
    identifyKiosk: onRequestAsyncHookHandler;
  }
  interface FastifyRequest {
    /** Set by requireKiosk and identifyKiosk. */
    kioskId: string | null;
  }
}

async function kioskAuth(app: FastifyInstance): Promise<void> {
  async function authenticate(request: FastifyRequest): Promise<void> {
    const match = /^Bearer[ ]+(\S+)$/i.exec(request.headers.authorization ?? '');
    const result = await app.kiosks.authenticate(match?.[1]);
    if (!result.ok && result.reason === 'revoked') {
      // Distinct from a bad token: the terminal shows "switched off by the city", not "retry".
      throw new HttpError(401, 'revoked', 'This kiosk has been revoked', {
        'www-authenticate': 'Bearer error="invalid_token", error_description="revoked"',
      });
    }
    if (!result.ok) {
      throw new HttpError(401, 'unauthorized', 'Send this kiosk\'s device token as Authorization: Bearer', { 'www-authenticate': 'Bearer' });
    }
    request.kioskId = result.kioskId;
  }

  app.decorateRequest('kioskId', null);
  app.decorate('requireKiosk', authenticate);
  app.decorate('identifyKiosk', async (request: FastifyRequest) => {
    if (request.headers.authorization !== undefined) await authenticate(request);
  });
}

export default fp(kioskAuth, { name: 'kiosk-auth', dependencies: ['services'] });

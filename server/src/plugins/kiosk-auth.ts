import fp from 'fastify-plugin';
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from '../lib/http.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Admits a request with an enrolled, unrevoked kiosk's `Authorization: Bearer <deviceToken>`. */
    requireKiosk: onRequestAsyncHookHandler;
  }
  interface FastifyRequest {
    /** Set by requireKiosk. */
    kioskId: string | null;
  }
}

async function kioskAuth(app: FastifyInstance): Promise<void> {
  app.decorateRequest('kioskId', null);
  app.decorate('requireKiosk', async (request) => {
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
  });
}

export default fp(kioskAuth, { name: 'kiosk-auth', dependencies: ['services'] });

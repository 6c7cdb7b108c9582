import type { FastifyInstance } from 'fastify';
import { requireJson } from '../lib/http.js';
import { ErrorBody } from '../../../contract/api/common.js';
import { CitizenReplyAnswer, CitizenReplyRequest } from '../../../contract/api/replies.js';

/**
 * POST /api/status/reply: the department's reply to an opinion, by receipt number + PIN, on
 * any kiosk or phone. The same allowance as status lookups (one receipt each): the PIN is
 * what is being guessed either way. A private reply comes as the JWE staff sealed; only the
 * citizen's reply code opens it, on their device.
 */
export default async function replyRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: CitizenReplyRequest; Reply: CitizenReplyAnswer }>(
    '/status/reply',
    {
      bodyLimit: 1024,
      onRequest: [requireJson, app.identifyKiosk],
      schema: { body: CitizenReplyRequest, response: { 200: CitizenReplyAnswer, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      await app.admitStatusLookup(request, 1);
      const answer = await app.replies.forCitizen(request.body.receiptNumber, request.body.pin);
      reply.header('cache-control', 'no-store');
      return answer;
    },
  );
}

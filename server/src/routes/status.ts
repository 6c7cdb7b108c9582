import type { FastifyInstance } from 'fastify';
import { requireJson } from '../lib/http.js';
import { ErrorBody } from '../../../contract/api/common.js';
import { StatusRequest, StatusResponse } from '../../../contract/api/status.js';

/** POST /api/status: the state of requests by receipt number + PIN, for any kiosk or phone. */
export default async function statusRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: StatusRequest; Reply: StatusResponse }>(
    '/status',
    {
      bodyLimit: 8 * 1024,
      onRequest: [requireJson, app.identifyKiosk],
      schema: { body: StatusRequest, response: { 200: StatusResponse, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      const { queries } = request.body;
      await app.admitStatusLookup(request, queries.length);
      const results = [];
      for (const { receiptNumber, pin } of queries) results.push(await app.submissionProgress.lookup(receiptNumber, pin));
      // A status changes when staff act: never from a cache.
      reply.header('cache-control', 'no-store');
      return { results };
    },
  );
}

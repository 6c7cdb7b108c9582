import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../lib/http.js';
import { ErrorBody } from '../../../contract/api/common.js';
import { Availability, AvailabilityQuery, CancelBody, CancelResult } from '../../../contract/api/reservations.js';

/**
 * Facility reservation for citizens: the rooms, a room's availability, and cancellation by
 * receipt number + PIN. Requests themselves arrive through PUT /api/submissions/:id (the outbox).
 */
export default async function reservationRoutes(app: FastifyInstance): Promise<void> {
  app.get('/reservations/rooms', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return { rooms: app.reservations.rooms() };
  });

  app.get<{ Querystring: AvailabilityQuery; Reply: Availability }>(
    '/reservations/availability',
    { schema: { querystring: AvailabilityQuery, response: { 200: Availability, '4xx': ErrorBody } } },
    async (request, reply) => {
      const { roomId, from, days } = request.query;
      const room = app.reservations.rooms().find((r) => r.id === roomId);
      if (!room) throw new HttpError(404, 'unknown_room', `No room "${roomId}"`);
      // Free a moment ago may be taken now: never from a cache. The app keeps its own copy, marked "as of".
      reply.header('cache-control', 'no-store');
      return app.reservations.availability(room, from, days, app.clock());
    },
  );

  app.post<{ Body: CancelBody; Reply: CancelResult }>(
    '/reservations/cancel',
    { bodyLimit: 4096, onRequest: [requireJson, app.identifyKiosk], schema: { body: CancelBody, response: { 200: CancelResult, '4xx': ErrorBody } } },
    async (request) => {
      // The same allowance as status lookups: a cancellation is a PIN guess too.
      await app.admitStatusLookup(request, 1);
      const { receiptNumber, pin } = request.body;
      const id = await app.submissionProgress.verify(receiptNumber, pin);
      if (!id) throw new HttpError(404, 'not_found', 'No reservation with this receipt number and PIN');
      const cancelled = await app.reservations.cancel(id, app.clock());
      if (cancelled) await app.submissionProgress.set([id], { state: 'cancelled', message: null }, 'citizen', 'all');
      return { cancelled };
    },
  );
}

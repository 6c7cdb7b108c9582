import type { FastifyInstance } from 'fastify';
import { ErrorBody } from '../../../../contract/api/common.js';
import { SHELTER_CHANGE_BODY_LIMIT, ShelterChangeBody, ShelterChangeParams, ShelterChangeResult } from '../../../../contract/api/shelters.js';
import { HttpError, requireJson } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';

/**
 * Staff set a shelter's status from a phone. Any staff member may, and shelter staff may do
 * nothing else (config.shelterStaff). PUT with the phone's own id: the phone queues the
 * change while offline and sends it until it has an answer, and it is applied once.
 */
export default async function staffShelterRoutes(app: FastifyInstance): Promise<void> {
  app.put<{ Params: ShelterChangeParams; Body: ShelterChangeBody; Reply: ShelterChangeResult }>(
    '/shelters/status/:id',
    {
      bodyLimit: SHELTER_CHANGE_BODY_LIMIT,
      onRequest: requireJson,
      config: { shelterStaff: true },
      schema: { params: ShelterChangeParams, body: ShelterChangeBody, response: { 200: ShelterChangeResult, '4xx': ErrorBody } },
    },
    async (request) => {
      const { username } = currentStaff(request);
      const result = await app.shelterStatus.apply(request.params.id, request.body, username);
      if (!result.ok) throw new HttpError(409, 'id_conflict', 'This change id was already used for another change');
      app.shelterFeed.poke();
      const { siteId, state, headcount } = request.body;
      await app.audit.record({ actor: username, action: 'shelter.status', target: siteId, detail: { state, headcount: headcount ?? null, change: request.params.id, applied: result.applied } });
      return { current: result.current, applied: result.applied };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { CreateKioskBody, Fleet, FleetKiosk, KIOSK_BODY_LIMIT, KioskEnrolment, KioskParams } from '../../../../contract/api/kiosks.js';
import { EMPTY_BODY_LIMIT } from '../../../../contract/api/staff.js';

export default async function kioskRoutes(app: FastifyInstance): Promise<void> {
  /** Every terminal, what it last reported, and which ones have gone quiet. */
  app.get<{ Reply: Fleet }>('/kiosks', { schema: { response: { 200: Fleet, '4xx': ErrorBody } } }, async () => ({
    kiosks: await app.kiosks.fleet(),
  }));

  /**
   * Adds a kiosk, or issues a new token for one (a replacement PC, a revoked terminal set up
   * again). The token is in this answer only; the old token, if unused, stops working.
   */
  app.post<{ Body: CreateKioskBody; Reply: KioskEnrolment }>(
    '/kiosks',
    {
      bodyLimit: KIOSK_BODY_LIMIT,
      onRequest: [app.requireStaff('admin'), requireJson],
      schema: { body: CreateKioskBody, response: { 201: KioskEnrolment, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      const enrolment = await app.kiosks.issueEnrolment(request.body);
      await app.audit.record({
        actor: currentStaff(request).username,
        action: 'kiosk.enrolment_issued',
        target: enrolment.kioskId,
        detail: { siteName: enrolment.siteName, expiresAt: enrolment.expiresAt },
      });
      return reply.code(201).send(enrolment);
    },
  );

  /** A stolen or retired terminal: its device token stops working at once, for good. */
  app.post<{ Params: KioskParams; Reply: FleetKiosk }>(
    '/kiosks/:id/revoke',
    {
      bodyLimit: EMPTY_BODY_LIMIT,
      onRequest: app.requireStaff('admin'),
      schema: { params: KioskParams, response: { 200: FleetKiosk, '4xx': ErrorBody } },
    },
    async (request) => {
      const kiosk = await app.kiosks.revoke(request.params.id);
      if (!kiosk) throw new HttpError(404, 'not_found', 'No such kiosk');
      await app.audit.record({ actor: currentStaff(request).username, action: 'kiosk.revoke', target: kiosk.id });
      return kiosk;
    },
  );
}

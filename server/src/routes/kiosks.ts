import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../lib/http.js';
import { ErrorBody } from '../../../contract/api/common.js';
import {
  EnrolBody,
  EnrolResponse,
  HeartbeatBody,
  HeartbeatResponse,
  KIOSK_BODY_LIMIT,
  KioskNotices,
} from '../../../contract/api/kiosks.js';

/** The kiosk's side: enrol once with a token from staff, then heartbeat with the device token. */
export default async function kioskDeviceRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post<{ Body: EnrolBody; Reply: EnrolResponse }>(
    '/kiosks/enrol',
    {
      bodyLimit: KIOSK_BODY_LIMIT,
      onRequest: requireJson,
      schema: { body: EnrolBody, response: { 200: EnrolResponse, '4xx': ErrorBody } },
    },
    async (request) => {
      await app.limits.enrol(request);
      const { kioskId } = request.body;
      const deviceToken = await app.kiosks.enrol(request.body);
      if (!deviceToken) {
        // Wrong, used, expired, or for another kiosk: one answer, the operator asks staff for a new token.
        throw new HttpError(401, 'invalid_enrolment', 'This enrolment token is not valid for this kiosk; ask for a new one');
      }
      await app.audit.record({ actor: `kiosk:${kioskId}`, action: 'kiosk.enrolled', target: kioskId, detail: { ip: request.ip } });
      return { deviceToken };
    },
  );

  app.post<{ Body: HeartbeatBody; Reply: HeartbeatResponse }>(
    '/kiosks/heartbeat',
    {
      bodyLimit: KIOSK_BODY_LIMIT,
      onRequest: [app.requireKiosk, requireJson],
      schema: { body: HeartbeatBody, response: { 200: HeartbeatResponse, '4xx': ErrorBody } },
    },
    async (request) => {
      const kioskId = request.kioskId as string;
      await app.kiosks.recordHeartbeat(kioskId, request.body);
      const [notices, packVersionExpected] = await Promise.all([app.notices.active(kioskId), app.packVersion()]);
      return packVersionExpected === undefined ? { notices } : { notices, packVersionExpected };
    },
  );

  app.get<{ Reply: KioskNotices }>(
    '/kiosks/notices',
    { onRequest: app.requireKiosk, schema: { response: { 200: KioskNotices, '4xx': ErrorBody } } },
    async (request) => ({ notices: await app.notices.active(request.kioskId as string) }),
  );
}

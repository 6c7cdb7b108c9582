import type { FastifyInstance } from 'fastify';
import { freshIp } from './staff.js';
import type { StaffClient } from './staff.js';

export const HEARTBEAT = {
  appVersion: '0.1.0',
  packVersion: '2026.11.25-0900-abcd1234',
  outboxDepth: 2,
  storage: { usage: 52_000_000, quota: 1_000_000_000 },
  online: { since: '2026-06-01T00:00:00.000Z', offlineEvents: 1 },
};

/** Staff issue a token, the kiosk enrols with it: the device token, as a terminal would hold it. */
export async function enrolKiosk(app: FastifyInstance, admin: StaffClient, kioskId: string, siteName = `${kioskId} site`): Promise<string> {
  const issued = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId, siteName } });
  if (issued.statusCode !== 201) throw new Error(`issue ${kioskId}: ${issued.statusCode} ${issued.body}`);
  const enrolled = await enrol(app, kioskId, issued.json<{ enrolmentToken: string }>().enrolmentToken);
  if (enrolled.statusCode !== 200) throw new Error(`enrol ${kioskId}: ${enrolled.statusCode} ${enrolled.body}`);
  return enrolled.json<{ deviceToken: string }>().deviceToken;
}

/** From a fresh address each time by default, so the per-address enrolment limit is met only where a test means it. */
export function enrol(app: FastifyInstance, kioskId: string, enrolmentToken: string, remoteAddress = freshIp()) {
  return app.inject({ method: 'POST', url: '/api/kiosks/enrol', remoteAddress, payload: { kioskId, enrolmentToken } });
}

export function heartbeat(app: FastifyInstance, deviceToken: string, body: unknown = HEARTBEAT) {
  return app.inject({ method: 'POST', url: '/api/kiosks/heartbeat', headers: { authorization: `Bearer ${deviceToken}` }, payload: body as object });
}

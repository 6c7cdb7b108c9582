import type { EnrolBody, EnrolResponse, HeartbeatBody, HeartbeatResponse } from './kiosks.js';
import type { NoticeList } from './notices.js';
import type { ShelterStatusList } from './shelters.js';
import type { SubmissionBody, SubmissionReceipt } from './submissions.js';

/**
 * The API calls the citizen app makes (kiosk and phone), by path, with the body each sends
 * and the answer a success brings. The server's routes declare the same TypeBox schemas;
 * the app's `src/lib/api` reads answers through this map, so neither side restates a shape.
 * (The staff console's calls are typed the same way in src/features/staff/api/staff-api.ts.)
 */
export interface CitizenApi {
  'POST /api/kiosks/enrol': { body: EnrolBody; response: EnrolResponse };
  'POST /api/kiosks/heartbeat': { body: HeartbeatBody; response: HeartbeatResponse };
  'GET /api/notices': { body: never; response: NoticeList };
  'GET /api/shelters/status': { body: never; response: ShelterStatusList };
  'PUT /api/submissions/:id': { body: SubmissionBody; response: SubmissionReceipt };
}
export type CitizenRoute = keyof CitizenApi;

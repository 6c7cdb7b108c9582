import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { NOTICE_BODY_LIMIT, NoticeParams, PostNoticeBody, StaffNotice, StaffNoticeList, WithdrawNoticeQuery } from '../../../../contract/api/notices.js';
import { EMPTY_BODY_LIMIT } from '../../../../contract/api/staff.js';
import { MAX_ACTIVE_NOTICES, MAX_NOTICE_LIFETIME_MS } from '../../services/notices.js';

// Any staff member may post to named kiosks. An emergency to every kiosk and phone in the
// city is for administrators and disaster officers (npm run staff -- set-disaster-officer):
// it is the one notice that, posted by mistake or with a stolen password, sends people
// running; and in a disaster the officer on duty must not have to find an admin.
// Withdrawing it is theirs too: a real 大津波警報 taken down by mistake or with a stolen
// password leaves people on the shore as surely as a false one sends them running.
function cityWideEmergency(notice: { severity: string; targets: 'all' | string[] }): boolean {
  return notice.severity === 'emergency' && notice.targets === 'all';
}

function mayActOnCityWideEmergency(staff: { role: string; disasterOfficer: boolean }): boolean {
  return staff.role === 'admin' || staff.disasterOfficer;
}
const REFUSALS = {
  invalid_expiry: [422, 'expiresAt must be in the future'],
  expiry_too_far: [422, `expiresAt must be at most ${MAX_NOTICE_LIFETIME_MS / 86_400_000} days ahead; post the notice again to extend it`],
  too_many: [409, `At most ${MAX_ACTIVE_NOTICES} notices can be active at once; withdraw one first`],
} as const;
const REFUSAL_CODES = { invalid_expiry: 'invalid_expiry', expiry_too_far: 'expiry_too_far', too_many: 'too_many_notices' } as const;

export default async function noticeRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Reply: StaffNoticeList }>('/notices', { schema: { response: { 200: StaffNoticeList, '4xx': ErrorBody } } }, async () => ({
    notices: await app.notices.activeForStaff(),
  }));

  app.post<{ Body: PostNoticeBody; Reply: StaffNotice }>(
    '/notices',
    {
      bodyLimit: NOTICE_BODY_LIMIT,
      onRequest: requireJson,
      schema: { body: PostNoticeBody, response: { 201: StaffNotice, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      const staff = currentStaff(request);
      const { username } = staff;
      const { severity, hazard, message, targets, expiresAt } = request.body;
      if (cityWideEmergency({ severity, targets }) && !mayActOnCityWideEmergency(staff)) {
        throw new HttpError(403, 'emergency_not_allowed', 'Only an administrator or a disaster officer may post an emergency notice to the whole city');
      }
      if (targets !== 'all') {
        // A mistyped kiosk id would silently show the notice nowhere.
        const known = await app.kiosks.existing(targets);
        const unknown = targets.filter((id) => !known.has(id));
        if (unknown.length > 0) throw new HttpError(422, 'unknown_kiosk', `No kiosk ${unknown.join(', ')}`);
      }
      const result = await app.notices.post({ severity, hazard, message, targets, expiresAt, by: username });
      if (!result.ok) {
        const [status, message] = REFUSALS[result.reason];
        throw new HttpError(status, REFUSAL_CODES[result.reason], message);
      }
      const { notice } = result;
      await app.audit.record({ actor: username, action: 'notice.post', target: notice.id, detail: { severity, targets, ...(hazard ? { hazard } : {}) } });
      return reply.code(201).send(notice);
    },
  );

  /** Withdraws the notice from every screen at the next heartbeat; the record is kept. */
  app.delete<{ Params: NoticeParams; Querystring: WithdrawNoticeQuery }>(
    '/notices/:id',
    { bodyLimit: EMPTY_BODY_LIMIT, schema: { params: NoticeParams, querystring: WithdrawNoticeQuery, response: { '4xx': ErrorBody } } },
    async (request, reply) => {
      const staff = currentStaff(request);
      const { username } = staff;
      const notice = await app.notices.find(request.params.id);
      if (!notice) throw new HttpError(404, 'not_found', 'No such notice');
      if (cityWideEmergency(notice) && !mayActOnCityWideEmergency(staff)) {
        throw new HttpError(403, 'emergency_withdraw_not_allowed', 'Only an administrator or a disaster officer may withdraw an emergency notice to the whole city');
      }
      const result = await app.notices.withdraw(request.params.id, username);
      if (!result) throw new HttpError(404, 'not_found', 'No such notice');
      if (result.changed) {
        const { reason } = request.query;
        await app.audit.record({ actor: username, action: 'notice.withdraw', target: request.params.id, detail: reason ? { reason } : null });
      }
      return reply.code(204).send();
    },
  );
}

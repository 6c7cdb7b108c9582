import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../../lib/http.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { NOTICE_BODY_LIMIT, NoticeParams, PostNoticeBody, StaffNotice, StaffNoticeList } from '../../../../contract/api/notices.js';
import { EMPTY_BODY_LIMIT } from '../../../../contract/api/staff.js';

// Any staff member may post: in a disaster the person on duty must not wait for an admin.
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
      const { username } = currentStaff(request);
      const { severity, hazard, message, targets, expiresAt } = request.body;
      if (targets !== 'all') {
        // A mistyped kiosk id would silently show the notice nowhere.
        const known = await app.kiosks.existing(targets);
        const unknown = targets.filter((id) => !known.has(id));
        if (unknown.length > 0) throw new HttpError(422, 'unknown_kiosk', `No kiosk ${unknown.join(', ')}`);
      }
      const result = await app.notices.post({ severity, hazard, message, targets, expiresAt, by: username });
      if (!result.ok) throw new HttpError(422, 'invalid_expiry', 'expiresAt must be in the future');
      const { notice } = result;
      await app.audit.record({ actor: username, action: 'notice.post', target: notice.id, detail: { severity, targets, ...(hazard ? { hazard } : {}) } });
      return reply.code(201).send(notice);
    },
  );

  /** Withdraws the notice from every screen at the next heartbeat; the record is kept. */
  app.delete<{ Params: NoticeParams }>(
    '/notices/:id',
    { bodyLimit: EMPTY_BODY_LIMIT, schema: { params: NoticeParams, response: { '4xx': ErrorBody } } },
    async (request, reply) => {
      const { username } = currentStaff(request);
      const result = await app.notices.withdraw(request.params.id, username);
      if (!result) throw new HttpError(404, 'not_found', 'No such notice');
      if (result.changed) await app.audit.record({ actor: username, action: 'notice.withdraw', target: request.params.id });
      return reply.code(204).send();
    },
  );
}

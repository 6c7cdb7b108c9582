import type { FastifyInstance } from 'fastify';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { EMPTY_BODY_LIMIT, StaffSession } from '../../../../contract/api/staff.js';

export default async function sessionRoutes(app: FastifyInstance): Promise<void> {
  /** Who is logged in, and the CSRF token again for a console page that was reloaded. */
  app.get<{ Reply: StaffSession }>('/me', { schema: { response: { 200: StaffSession, '4xx': ErrorBody } } }, async (request) => {
    const { username, role, csrfToken } = currentStaff(request);
    return { user: { username, role }, csrfToken };
  });

  app.post(
    '/logout',
    { bodyLimit: EMPTY_BODY_LIMIT, schema: { response: { '4xx': ErrorBody } } },
    async (request, reply) => {
      const staff = currentStaff(request);
      await app.sessions.end(staff.sessionId);
      await app.audit.record({ actor: staff.username, action: 'logout' });
      app.clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );
}

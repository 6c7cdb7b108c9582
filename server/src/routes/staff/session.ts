import type { FastifyInstance } from 'fastify';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { EMPTY_BODY_LIMIT, StaffSession } from '../../../../contract/api/staff.js';
import { apiRole } from '../../services/staff-users.js';

export default async function sessionRoutes(app: FastifyInstance): Promise<void> {
  /** Who is logged in, and the CSRF token again for a console page that was reloaded. */
  // Shelter staff may ask who they are and log out (config.shelterStaff, plugins/staff-auth.ts).
  app.get<{ Reply: StaffSession }>('/me', { config: { shelterStaff: true }, schema: { response: { 200: StaffSession, '4xx': ErrorBody } } }, async (request) => {
    const staff = currentStaff(request);
    return { user: { username: staff.username, role: apiRole(staff) }, csrfToken: staff.csrfToken };
  });

  app.post(
    '/logout',
    { bodyLimit: EMPTY_BODY_LIMIT, config: { shelterStaff: true }, schema: { response: { '4xx': ErrorBody } } },
    async (request, reply) => {
      const staff = currentStaff(request);
      await app.sessions.end(staff.sessionId);
      await app.audit.record({ actor: staff.username, action: 'logout' });
      app.clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );
}

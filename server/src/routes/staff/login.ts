import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../../lib/http.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { LOGIN_BODY_LIMIT, LoginBody, StaffSession } from '../../../../contract/api/staff.js';

export default async function loginRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: LoginBody; Reply: StaffSession }>(
    '/login',
    {
      bodyLimit: LOGIN_BODY_LIMIT,
      onRequest: [requireJson, app.requireSameOrigin],
      schema: { body: LoginBody, response: { 200: StaffSession, '4xx': ErrorBody } },
    },
    async (request, reply) => {
      // Before the password hash: a flood of guesses must not cost a flood of argon2 runs.
      await app.limits.login(request);
      const result = await app.staffUsers.authenticate(request.body.username, request.body.password);
      if (!result.ok) {
        await app.audit.record({ actor: result.username, action: 'login.failure', detail: { reason: result.reason, ip: request.ip } });
        // One answer for every failure: it must not tell which usernames exist or are disabled.
        throw new HttpError(401, 'invalid_credentials', 'The username or password is not right');
      }
      const { user } = result;
      const session = await app.sessions.create(user.id);
      await app.audit.record({ actor: user.username, action: 'login.success', detail: { ip: request.ip } });
      app.setSessionCookie(request, reply, session.token);
      return { user: { username: user.username, role: user.role }, csrfToken: session.csrfToken };
    },
  );
}

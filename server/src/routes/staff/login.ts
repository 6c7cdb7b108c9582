import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../../lib/http.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { LOGIN_BODY_LIMIT, LoginBody, StaffSession } from '../../../../contract/api/staff.js';
import { apiRole, normalizeUsername } from '../../services/staff-users.js';

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
      const username = normalizeUsername(request.body.username);
      const turn = await app.loginThrottle.attempt(username, request.ip);
      if (!turn.allowed) {
        await app.audit.record({ actor: username, action: 'login.throttled', detail: { ip: request.ip, retryAfterS: turn.retryAfterS } });
        throw new HttpError(429, 'rate_limited', `Too many attempts; try again in ${turn.retryAfterS} s`, { 'retry-after': String(turn.retryAfterS) });
      }
      const result = await app.staffUsers.authenticate(request.body.username, request.body.password);
      if (!result.ok) {
        await app.audit.record({ actor: result.username, action: 'login.failure', detail: { reason: result.reason, ip: request.ip } });
        // One answer for every failure: it must not tell which usernames exist or are disabled.
        throw new HttpError(401, 'invalid_credentials', 'The username or password is not right');
      }
      const { user } = result;
      await app.loginThrottle.succeeded(username, request.ip);
      const session = await app.sessions.create(user.id);
      await app.audit.record({ actor: user.username, action: 'login.success', detail: { ip: request.ip } });
      app.setSessionCookie(request, reply, session.token, session.expiresAt);
      return { user: { username: user.username, role: apiRole(user) }, csrfToken: session.csrfToken };
    },
  );
}

import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { StaffRole } from '../db/schema.js';
import { HttpError } from '../lib/http.js';
import { isHttps, isSameOrigin } from '../lib/origin.js';
import { safeEqual } from '../lib/tokens.js';
import { dummyPasswordHash } from '../services/passwords.js';
import { SESSION_TTL_MS } from '../services/sessions.js';
import type { ActiveSession } from '../services/sessions.js';

export const SESSION_COOKIE = 'mdg_session';
/** The cookie goes only with staff API calls: never with the public app, packs or kiosk API. */
export const SESSION_COOKIE_PATH = '/api/staff';
export const CSRF_HEADER = 'x-csrf-token';
/** Sent by the console's own timers (fleet refresh): such a request does not extend the session. */
export const BACKGROUND_HEADER = 'x-background-refresh';

export interface StaffAuthOptions {
  publicOrigin: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * A hook that admits a request only with a live staff session (401 otherwise), and for
     * anything but GET/HEAD only from our origin with the session's CSRF token (403). With
     * `role: 'admin'` staff without it get 403. Registered as `onRequest` so a request
     * without a session is refused before its body is read; it works as a preHandler too.
     */
    requireStaff(role?: StaffRole): onRequestAsyncHookHandler;
    /** For login, which has no session yet: refuse a cross-origin POST. */
    requireSameOrigin: onRequestAsyncHookHandler;
    setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void;
    clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void;
  }
  interface FastifyContextConfig {
    /**
     * Shelter staff (an account that may only set shelter status) may use this route. Every
     * other staff route refuses them: a route added later is closed to them unless it says so.
     */
    shelterStaff?: boolean;
  }
  interface FastifyRequest {
    /** Set by requireStaff. */
    staff: ActiveSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function staffAuth(app: FastifyInstance, { publicOrigin }: StaffAuthOptions): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('staff', null);
  // Made now, not at the first login for an unknown name, which would otherwise take twice as long.
  await dummyPasswordHash();

  const cookieOptions = (request: FastifyRequest) =>
    ({ path: SESSION_COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: isHttps(request, publicOrigin) }) as const;

  app.decorate('setSessionCookie', (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string) => {
    // The browser drops the cookie when the session would end anyway.
    const maxAge = Math.max(0, Math.round((Date.parse(expiresAt) - app.clock().getTime()) / 1000));
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: Math.min(maxAge, SESSION_TTL_MS / 1000) });
  });
  app.decorate('clearSessionCookie', (request: FastifyRequest, reply: FastifyReply) => {
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
  });

  const checkOrigin = (request: FastifyRequest) => {
    if (!isSameOrigin(request, publicOrigin)) {
      throw new HttpError(403, 'bad_origin', 'This request must come from the staff console of this site');
    }
  };

  app.decorate('requireSameOrigin', async (request: FastifyRequest) => checkOrigin(request));

  app.decorate('requireStaff', (role?: StaffRole): onRequestAsyncHookHandler => async (request, reply) => {
    // A route may add requireStaff('admin') under a scope that already ran requireStaff().
    if (!request.staff) await admit(request, reply);
    if (request.staff?.shelterOnly && request.routeOptions.config.shelterStaff !== true) {
      throw new HttpError(403, 'shelter_only', 'This account may only set shelter status');
    }
    if (role === 'admin' && request.staff?.role !== 'admin') {
      throw new HttpError(403, 'forbidden', 'Only an administrator may do this');
    }
  });

  async function admit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    const session = await app.sessions.resolve(token, { background: request.headers[BACKGROUND_HEADER] === '1' });
    if (!session) {
      // A dead cookie is dropped, so the console knows to show the login page.
      if (token !== undefined) app.clearSessionCookie(request, reply);
      throw new HttpError(401, 'unauthorized', 'Log in to the staff console first');
    }
    if (!SAFE_METHODS.has(request.method)) {
      checkOrigin(request);
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new HttpError(403, 'csrf_failed', `Send the session's CSRF token in the ${CSRF_HEADER} header`);
      }
    }
    // Sliding expiry: the browser's copy of the cookie must live as long as the session.
    if (session.renewed) app.setSessionCookie(request, reply, token as string, session.expiresAt);
    request.staff = session;
  }
}

export default fp(staffAuth, { name: 'staff-auth', dependencies: ['services'] });

/** The session requireStaff admitted; a route that forgot the hook fails closed with 401. */
export function currentStaff(request: FastifyRequest): ActiveSession {
  if (!request.staff) throw new HttpError(401, 'unauthorized', 'Log in to the staff console first');
  return request.staff;
}

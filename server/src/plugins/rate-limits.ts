import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../lib/http.js';
import { DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE } from '../config.js';

export interface RateLimitOptions {
  /** Login attempts per minute from one address. */
  loginPerIp?: number | undefined;
  /** Kiosk enrolment attempts per minute from one address. */
  enrolPerIp?: number | undefined;
  /** Catalogue searches per minute from one address (a library kiosk types a query a keystroke at a time). */
  librarySearchPerIp?: number | undefined;
}

type Limiter = (request: FastifyRequest) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Each call counts one attempt and throws 429 `rate_limited` past the limit. */
    limits: {
      login: Limiter;
      enrol: Limiter;
      librarySearch: Limiter;
    };
  }
}

const MINUTE = 60 * 1000;
export const LOGIN_PER_IP = 10;
/** Searches are cheap but open to anyone; a kiosk searching as the citizen types stays well below it. */
export const LIBRARY_SEARCH_PER_IP = 120;

/**
 * One machine trying many usernames is stopped here, per address. Guessing one username is
 * slowed per (username, address) by services/login-throttle.ts, with a growing delay kept
 * in the database; no limit is per username alone, which would let anyone lock a colleague
 * out by typing their name wrong from home. Counters here live in this
 * process's memory; with several app servers each counts on its own, which multiplies the
 * limit by the number of servers but keeps them stateless (the plugin takes a Redis store
 * if that ever matters).
 */
async function rateLimits(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  // global: false: only what is listed here is limited, and each route says so in code.
  await app.register(rateLimit, { global: false });
  const limiter = (max: number, key: (request: FastifyRequest) => string): Limiter => {
    const check = app.createRateLimit({ max, timeWindow: MINUTE, keyGenerator: key });
    return async (request) => {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) {
        throw new HttpError(429, 'rate_limited', `Too many attempts; try again in ${result.ttlInSeconds} s`, {
          'retry-after': String(result.ttlInSeconds),
        });
      }
    };
  };

  // Per address a little above per username: a 支所's staff share one NAT address and all
  // log in around 8:30; ten people's first tries must not lock each other out.
  const loginPerIp = limiter(options.loginPerIp ?? LOGIN_PER_IP, (request) => `login-ip:${request.ip}`);
  const enrolPerIp = limiter(options.enrolPerIp ?? DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE, (request) => `enrol-ip:${request.ip}`);

  app.decorate('limits', {
    login: loginPerIp,
    enrol: enrolPerIp,
    librarySearch: limiter(options.librarySearchPerIp ?? LIBRARY_SEARCH_PER_IP, (request) => `library-search-ip:${request.ip}`),
  });
}

export default fp(rateLimits, { name: 'rate-limits' });

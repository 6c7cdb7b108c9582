import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StatusLookupLimits } from '../config.js';
import { HttpError } from '../lib/http.js';
import { createSubmissionProgressService } from '../services/submission-progress.js';
import type { SubmissionProgressService } from '../services/submission-progress.js';
import { createReplyService } from '../services/replies.js';
import type { ReplyService } from '../services/replies.js';

declare module 'fastify' {
  interface FastifyInstance {
    submissionProgress: SubmissionProgressService;
    /** Replies to opinions (issue 17 §3): written by staff, read by receipt number + PIN. */
    replies: ReplyService;
    /** Takes `queries` lookups from the client's status allowance, or throws 429 with Retry-After. */
    admitStatusLookup: (request: FastifyRequest, queries: number) => Promise<void>;
  }
}

export interface CitizenServicesOptions {
  limits: StatusLookupLimits;
  now?: (() => Date) | undefined;
}

/**
 * The services that act on a request (issue 17): its status by receipt number + PIN. Kept
 * out of plugins/services.ts so the parts of issue 17 stay together.
 */
async function citizenServices(app: FastifyInstance, { limits, now }: CitizenServicesOptions): Promise<void> {
  app.decorate('submissionProgress', createSubmissionProgressService({ db: app.db, now }));
  app.decorate('replies', createReplyService({ db: app.db, progress: app.submissionProgress, now }));
  const windowMs = limits.windowSeconds * 1000;
  app.decorate('admitStatusLookup', async (request: FastifyRequest, queries: number) => {
    // The shared database buckets (rate_buckets), under their own keys. The byte allowance
    // counts queried receipts, so a batch of twenty costs twenty, not one.
    const [key, perWindow] = request.kioskId ? [`status-kiosk:${request.kioskId}`, limits.perKiosk] : [`status-ip:${request.ip}`, limits.perIp];
    const taken = await app.rateBuckets.take(key, { requests: perWindow, bytes: perWindow }, windowMs, queries);
    if (!taken.ok) {
      throw new HttpError(429, 'rate_limited', `Too many status lookups; try again in ${taken.retryAfterSeconds} s`, {
        'retry-after': String(taken.retryAfterSeconds),
      });
    }
  });
}

export default fp(citizenServices, { name: 'citizen-services', dependencies: ['db', 'submission-limits'] });

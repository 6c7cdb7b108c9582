import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { SubmissionLimits } from '../config.js';
import { HttpError } from '../lib/http.js';
import { SUBMISSION_ENVELOPE_BYTES } from '../../../contract/api/submissions.js';
import { formByteLimit } from '../services/forms.js';
import { DEFAULT_SUBMISSION_BYTES } from '../../../contract/submission-limits.js';
import { createRateBuckets } from '../services/rate-buckets.js';
import type { RateBuckets } from '../services/rate-buckets.js';

declare module 'fastify' {
  interface FastifyInstance {
    rateBuckets: RateBuckets;
    /**
     * onRequest hook of PUT /api/submissions/:id, after identifyKiosk and before the body
     * is read: refuses a body larger than any form takes (413), and takes one request and
     * the declared bytes from the client's bucket (429 with Retry-After when it is empty).
     */
    admitSubmission: onRequestAsyncHookHandler;
  }
}

export interface SubmissionLimitsOptions {
  limits: SubmissionLimits;
  now?: (() => Date) | undefined;
}

async function submissionLimits(app: FastifyInstance, { limits, now }: SubmissionLimitsOptions): Promise<void> {
  const buckets = createRateBuckets({ db: app.db, now });
  const windowMs = limits.windowSeconds * 1000;

  // Read per request: the forms a server knows may change while it runs.
  const largestBody = () => app.forms.list().reduce((max, form) => Math.max(max, formByteLimit(form)), DEFAULT_SUBMISSION_BYTES) + SUBMISSION_ENVELOPE_BYTES;

  app.decorate('rateBuckets', buckets);
  app.decorate('admitSubmission', async (request: FastifyRequest) => {
    const largest = largestBody();
    const header = request.headers['content-length'];
    // Without a length (chunked) the size is known only once read, and the body limit stops
    // it there; it is charged as the largest body. The outbox always sends a length.
    const declared = header === undefined ? largest : Number(header);
    if (declared > largest) throw new HttpError(413, 'payload_too_large', `No form takes a submission of more than ${largest} bytes`);
    // An enrolled kiosk is accountable (it can be revoked), so it draws on its own, larger
    // allowance instead of its site's address, which phones on the same network share.
    const [key, allowance] = request.kioskId ? [`kiosk:${request.kioskId}`, limits.perKiosk] : [`ip:${request.ip}`, limits.perIp];
    const taken = await buckets.take(key, allowance, windowMs, declared);
    if (!taken.ok) {
      throw new HttpError(429, 'rate_limited', `Too many submissions; try again in ${taken.retryAfterSeconds} s`, {
        'retry-after': String(taken.retryAfterSeconds),
      });
    }
  });
}

export default fp(submissionLimits, { name: 'submission-limits', dependencies: ['db', 'services'] });

import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PhraseValues } from '../../../contract/counter.js';
import { HttpError } from '../lib/http.js';
import { createCounterService, type CounterService } from '../services/counter.js';
import { loadPhraseValues } from '../services/phrase-values.js';

export interface CounterOptions {
  contentDir: string;
  now?: (() => Date) | undefined;
  /** Instead of CONTENT_DIR/phrasebook (tests). */
  phrases?: PhraseValues | undefined;
  /** Join attempts per minute from one address, and from everyone together. */
  joinPerIp?: number | undefined;
  joinPerMinute?: number | undefined;
  /** How often expired conversations are deleted and their screens told (default a minute). */
  sweepEveryMs?: number | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    counter: CounterService;
    counterPhrases: PhraseValues;
    /** Takes one join attempt from the client's and everyone's allowance; 429 when either is empty. */
    admitCounterJoin(request: FastifyRequest): Promise<void>;
  }
}

/**
 * Six digits are a million codes, and a code joins once within ten minutes. Guessing is
 * bounded per address and for all addresses together, in the database's token buckets,
 * so every app server counts against the same allowance: at 10 a minute a guesser needs
 * on average tens of thousands of minutes per live conversation.
 */
export const JOIN_PER_IP = 10;
export const JOIN_PER_MINUTE = 600;
const SWEEP_MS = 60_000;

async function counter(app: FastifyInstance, options: CounterOptions): Promise<void> {
  const service = createCounterService({ db: app.db, now: options.now });
  app.decorate('counter', service);
  // Conversations nobody ended go at their expiry, and their screens are told.
  const sweep = async () => {
    for (const id of await service.sweep()) await app.counterRelay.publish(id, { type: 'ended' });
  };
  const sweeper = setInterval(() => void sweep().catch((error: unknown) => app.log.warn({ err: error }, 'counter sweep failed')), options.sweepEveryMs ?? SWEEP_MS);
  sweeper.unref();
  app.addHook('onClose', async () => clearInterval(sweeper));
  const phrases = options.phrases ?? (await loadPhraseValues(options.contentDir));
  if (phrases.size === 0) app.log.warn('no counter phrasebook in CONTENT_DIR: counter conversations can say nothing');
  app.decorate('counterPhrases', phrases);
  const perIp = options.joinPerIp ?? JOIN_PER_IP;
  const perMinute = options.joinPerMinute ?? JOIN_PER_MINUTE;
  app.decorate('admitCounterJoin', async (request: FastifyRequest) => {
    for (const [key, requests] of [[`counter-join:${request.ip}`, perIp], ['counter-join:*', perMinute]] as const) {
      const taken = await app.rateBuckets.take(key, { requests, bytes: Number.MAX_SAFE_INTEGER }, 60_000, 0);
      if (!taken.ok) {
        throw new HttpError(429, 'rate_limited', `Too many join attempts; try again in ${taken.retryAfterSeconds} s`, {
          'retry-after': String(taken.retryAfterSeconds),
        });
      }
    }
  });
}

export default fp(counter, { name: 'counter', dependencies: ['db', 'submission-limits', 'counter-relay'] });

import type { JsonWebKey } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config, StatusLookupLimits, SubmissionLimits } from './config.js';
import { serializeRequest } from './lib/log-redaction.js';
import { schemaErrorMessage } from './lib/validation-message.js';
import counterPlugin from './plugins/counter.js';
import type { CounterOptions } from './plugins/counter.js';
import counterRelayPlugin from './plugins/counter-relay.js';
import dbPlugin from './plugins/db.js';
import errorsPlugin from './plugins/errors.js';
import kioskAuthPlugin from './plugins/kiosk-auth.js';
import rateLimitsPlugin from './plugins/rate-limits.js';
import type { RateLimitOptions } from './plugins/rate-limits.js';
import securityPlugin from './plugins/security.js';
import servicesPlugin from './plugins/services.js';
import staffAuthPlugin from './plugins/staff-auth.js';
import staticPlugin from './plugins/static.js';
import submissionLimitsPlugin from './plugins/submission-limits.js';
import citizenServicesPlugin from './plugins/citizen-services.js';
import apiRoutes from './routes/index.js';
import type { FormInfo } from './services/forms.js';
import type { Room } from './services/reservations/rooms.js';
import { readPackPublicKey } from './services/pack-public-key.js';
import type { QrSigningKey } from './lib/qr-signing-key.js';
import { createCalilAvailability } from './library/calil-availability.js';
import type { AvailabilityLookup } from './library/calil-availability.js';

export interface BuildAppOptions {
  /** Defaults to pino JSON at `config.logLevel`; tests pass `false`. */
  logger?: FastifyServerOptions['logger'];
  /** Known forms instead of reading CONTENT_DIR/forms. */
  forms?: readonly FormInfo[];
  /** Clock for receipt numbers, sessions, notices and the fleet's staleness. */
  now?: () => Date;
  /** Instead of reading PACK_PUBLIC_KEY_FILE (tests sign their own packs). */
  packPublicKey?: JsonWebKey;
  /** Attempts per minute; the defaults suit production. */
  rateLimits?: RateLimitOptions;
  /** Instead of the environment's (config.submissionLimits). */
  submissionLimits?: SubmissionLimits;
  /** Bookable rooms instead of CONTENT_DIR/reservations/rooms.json. */
  rooms?: readonly Room[];
  /** Instead of the environment's (config.statusLookupLimits). */
  statusLookupLimits?: StatusLookupLimits;
  /** The QR signing key instead of the one under MADOGUCHI_KEYS_DIR (tests). */
  qrSigningKey?: () => Promise<QrSigningKey | undefined>;
  /** Live library availability instead of config.libraryAvailability's (tests point it at a local service). */
  libraryAvailability?: AvailabilityLookup;
  /** Counter conversations: the phrasebook and the join limits, instead of CONTENT_DIR's and the defaults (tests). */
  counter?: Omit<CounterOptions, 'contentDir' | 'now'>;
}

/** Builds the whole server, database opened and migrated, ready for `listen` or `inject`. */
export async function buildApp(config: Config, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const logger = options.logger ?? { level: config.logLevel };
  const app = Fastify({
    // Every logger gets the redacting request serializer: enrolment tokens ride in URLs.
    logger: typeof logger === 'object' ? { ...logger, serializers: { ...logger.serializers, req: serializeRequest } } : logger,
    // Small by default; the submission route raises its own limit.
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    schemaErrorFormatter: schemaErrorMessage,
  });
  if (config.trustProxy === true) {
    app.log.warn('TRUST_PROXY=true believes any X-Forwarded-For: anyone reaching the server directly can pose as any address and dodge the login limits; list the proxy addresses instead');
  }
  try {
    // Order matters: the error handler and security headers must cover every route.
    await app.register(errorsPlugin);
    await app.register(securityPlugin);
    await app.register(dbPlugin, { dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    await app.register(servicesPlugin, {
      contentDir: config.contentDir,
      packsDir: config.packsDir,
      forms: options.forms,
      packPublicKey: options.packPublicKey ?? (await readPackPublicKey(config.packPublicKeyFile)),
      now: options.now,
      publicOrigin: config.publicOrigin,
      qrSigningKey: options.qrSigningKey,
      rooms: options.rooms,
    });
    await app.register(rateLimitsPlugin, { enrolPerIp: config.enrolmentsPerIpPerMinute, ...options.rateLimits });
    await app.register(staffAuthPlugin, { publicOrigin: config.publicOrigin });
    await app.register(kioskAuthPlugin);
    await app.register(submissionLimitsPlugin, { limits: options.submissionLimits ?? config.submissionLimits, now: options.now });
    const libraryAvailability = options.libraryAvailability ?? (config.libraryAvailability ? createCalilAvailability(config.libraryAvailability) : undefined);
    await app.register(counterRelayPlugin, { databaseUrl: config.databaseUrl });
    await app.register(counterPlugin, { ...options.counter, contentDir: config.contentDir, now: options.now });
    await app.register(citizenServicesPlugin, { limits: options.statusLookupLimits ?? config.statusLookupLimits, now: options.now });
    await app.register(apiRoutes, { prefix: '/api', version: config.version, libraryAvailability });
    await app.register(staticPlugin, { staticDir: config.staticDir, packsDir: config.packsDir });
    await app.ready();
  } catch (error) {
    // Close what did open (the database) so a failed start leaves nothing behind.
    await app.close().catch((closeError: unknown) => app.log.error({ err: closeError }, 'close after failed start'));
    throw error;
  }
  return app;
}

import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { BuildAppOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { SubmissionLimits } from '../../src/config.js';
import type { FormInfo } from '../../src/services/forms.js';
import { createScratch } from './databases.js';
import type { Scratch, TestDatabase } from './databases.js';

export const TEST_FORMS: FormInfo[] = [
  { id: 'moving-notice', keyId: 'shimin-2026', department: 'shimin' },
  { id: 'bulky-waste-pickup', keyId: 'kankyo-2026', department: 'kankyo' },
  // The only form whose submissions may carry a room and slots in clear (contract/room-reservation.ts).
  { id: 'room-reservation', keyId: 'shogai-gakushu-2026', department: 'shogai-gakushu' },
];

export interface TestAppOptions {
  forms?: FormInfo[];
  now?: () => Date;
  staticDir?: string;
  packsDir?: string;
  /** Reuse another app's database, as a restarted server would. */
  scratch?: Scratch;
  /** PUBLIC_ORIGIN and TRUST_PROXY, as behind a TLS proxy. */
  publicOrigin?: string;
  trustProxy?: string;
  rateLimits?: BuildAppOptions['rateLimits'];
  packPublicKey?: BuildAppOptions['packPublicKey'];
  /** Default: so high that only tests about them meet the submission limits. */
  submissionLimits?: SubmissionLimits;
  /** Bookable rooms (default none). */
  rooms?: BuildAppOptions['rooms'];
  /** Default: the production allowance. */
  statusLookupLimits?: BuildAppOptions['statusLookupLimits'];
  /** Default: no QR signing key, so no test reads the developer's own. */
  qrSigningKey?: BuildAppOptions['qrSigningKey'];
  libraryAvailability?: BuildAppOptions['libraryAvailability'];
  counter?: BuildAppOptions['counter'];
  /** More of the operator's environment, read by loadConfig as at a real start. */
  env?: Record<string, string>;
}

export const UNLIMITED_SUBMISSIONS: SubmissionLimits = {
  windowSeconds: 600,
  perIp: { requests: 1_000_000, bytes: 1024 ** 4 },
  perKiosk: { requests: 1_000_000, bytes: 1024 ** 4 },
};

/** A clock a test can move: sessions expire, kiosks go stale, notices lapse. */
export function testClock(start = new Date('2026-06-01T00:00:00Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  scratch: Scratch;
  /** Closes the app, and drops the database unless it was borrowed. */
  close: () => Promise<void>;
}

export async function buildTestApp(database: TestDatabase, options: TestAppOptions = {}): Promise<TestApp> {
  const scratch = options.scratch ?? (await createScratch(database));
  const config = loadConfig({
    DATA_DIR: scratch.dataDir,
    DATABASE_URL: scratch.databaseUrl,
    // Nowhere by default, so a local `dist/` never changes what a test sees.
    STATIC_DIR: options.staticDir ?? `${scratch.dataDir}/no-dist`,
    PACKS_DIR: options.packsDir ?? `${scratch.dataDir}/no-packs`,
    CONTENT_DIR: `${scratch.dataDir}/no-content`,
    PUBLIC_ORIGIN: options.publicOrigin,
    TRUST_PROXY: options.trustProxy,
    ...options.env,
  });
  const app = await buildApp(config, {
    logger: false,
    forms: options.forms ?? TEST_FORMS,
    now: options.now,
    rateLimits: options.rateLimits,
    submissionLimits: options.submissionLimits ?? UNLIMITED_SUBMISSIONS,
    rooms: options.rooms ?? [],
    ...(options.statusLookupLimits ? { statusLookupLimits: options.statusLookupLimits } : {}),
    ...(options.packPublicKey ? { packPublicKey: options.packPublicKey } : {}),
    qrSigningKey: options.qrSigningKey ?? (async () => undefined),
    ...(options.libraryAvailability ? { libraryAvailability: options.libraryAvailability } : {}),
    ...(options.counter ? { counter: options.counter } : {}),
  });
  return {
    app,
    scratch,
    close: async () => {
      await app.close();
      if (!options.scratch) await scratch.cleanup();
    },
  };
}

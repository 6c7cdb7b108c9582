import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Allowance } from './services/rate-buckets.js';
import type { CalilConfig } from './library/calil-availability.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  port: number;
  host: string;
  /** SQLite file and keys live here; unused for data when `databaseUrl` is set. */
  dataDir: string;
  /** PostgreSQL connection string; when set, SQLite is not used. */
  databaseUrl: string | undefined;
  contentDir: string;
  staticDir: string;
  packsDir: string;
  /** The public half of the pack-signing key: forms of a pack it verifies are accepted without a restart. */
  packPublicKeyFile: string;
  logLevel: LogLevel;
  repoRoot: string;
  /** The app version from package.json, reported by /api/health. */
  version: string;
  /**
   * `https://madoguchi.example.jp` when the server sits behind a TLS proxy: staff requests
   * must come from this origin and the session cookie is marked Secure. Unset, the origin
   * is taken from the request itself.
   */
  publicOrigin: string | undefined;
  /**
   * Fastify's trustProxy: behind nginx, without it every request seems to come from the
   * proxy, so the per-address login limit would lock out the whole city at once. `true`
   * believes any X-Forwarded-For (the server warns at start); a list names the proxies.
   */
  trustProxy: boolean | string;
  /** What one address, and one enrolled kiosk, may submit per window. */
  submissionLimits: SubmissionLimits;
  /** Status lookups by receipt number + PIN (issue 17). */
  statusLookupLimits: StatusLookupLimits;
  /**
   * Kiosk enrolments one address may attempt per minute (ENROLMENTS_PER_IP_PER_MINUTE).
   * A refused attempt does not use up its token; a 支所 setting up more terminals than this
   * at once behind one address waits a minute, or raises it for the day.
   */
  enrolmentsPerIpPerMinute: number;
  /** Live availability from a カーリル-style API instead of the imported statuses (LIBRARY_AVAILABILITY=calil). */
  libraryAvailability: CalilConfig | undefined;
}

/** Lookups per window; each queried receipt counts one, so guessing a PIN is hopeless. */
export interface StatusLookupLimits {
  windowSeconds: number;
  perIp: number;
  perKiosk: number;
}

/**
 * 60 lookups per 10 minutes per address: a phone refreshing twenty receipts now and then fits,
 * a guesser gets ~8,640 tries a day against a 10-digit PIN (10^10): millions of years per receipt.
 */
/** Guessing a 256-bit enrolment token is hopeless anyway; the limit keeps the endpoint cheap. */
export const DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE = 10;

export const DEFAULT_STATUS_LOOKUP_LIMITS: StatusLookupLimits = { windowSeconds: 600, perIp: 60, perKiosk: 300 };

export interface SubmissionLimits {
  /** Allowances refill evenly over this window. */
  windowSeconds: number;
  /** Phones and anyone else without a device token, per client address. */
  perIp: Allowance;
  /** An enrolled kiosk, per terminal: it flushes a whole queue after an outage. */
  perKiosk: Allowance;
}

const MIB = 1024 * 1024;

/**
 * A library's phones share one address behind its NAT, and thirty forms in ten minutes is
 * far beyond what they send; four photo reports fit in the bytes. A kiosk queues while
 * offline and sends everything at once when the line is back, so it gets four times that.
 */
export const DEFAULT_SUBMISSION_LIMITS: SubmissionLimits = {
  windowSeconds: 600,
  perIp: { requests: 30, bytes: 32 * MIB },
  perKiosk: { requests: 120, bytes: 128 * MIB },
};

/**
 * The same file runs as `<repo>/server/src/config.ts` (tsx, vitest) and as
 * `<repo>/dist-server/server/src/config.js` (compiled), so the repo root is two or
 * three levels up. Deriving it from the module, not the cwd, lets the operator start
 * the server from anywhere.
 */
export function repoRootFrom(moduleDir: string): string {
  const up2 = resolve(moduleDir, '..', '..');
  return basename(up2) === 'dist-server' ? dirname(up2) : up2;
}

const defaultRepoRoot = repoRootFrom(dirname(fileURLToPath(import.meta.url)));

/** Turns the environment into a typed config; throws with the variable's name when a value is unusable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = defaultRepoRoot): Config {
  const fromRoot = (value: string | undefined, fallback: string): string =>
    value ? resolve(value) : resolve(repoRoot, fallback);
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    // Relative paths given by the operator are relative to where they started the server.
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    contentDir: fromRoot(env.CONTENT_DIR, 'content'),
    staticDir: fromRoot(env.STATIC_DIR, 'dist'),
    packsDir: fromRoot(env.PACKS_DIR, 'dist-packs'),
    packPublicKeyFile: fromRoot(env.PACK_PUBLIC_KEY_FILE, 'src/config/pack-public-key.json'),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    repoRoot,
    version: readVersion(repoRoot),
    publicOrigin: requireOriginInProduction(parsePublicOrigin(env.PUBLIC_ORIGIN), env.NODE_ENV),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    submissionLimits: {
      windowSeconds: parsePositive(env, 'SUBMISSION_WINDOW_SECONDS', DEFAULT_SUBMISSION_LIMITS.windowSeconds),
      perIp: {
        requests: parsePositive(env, 'SUBMISSIONS_PER_IP', DEFAULT_SUBMISSION_LIMITS.perIp.requests),
        bytes: parsePositive(env, 'SUBMISSION_BYTES_PER_IP', DEFAULT_SUBMISSION_LIMITS.perIp.bytes),
      },
      perKiosk: {
        requests: parsePositive(env, 'SUBMISSIONS_PER_KIOSK', DEFAULT_SUBMISSION_LIMITS.perKiosk.requests),
        bytes: parsePositive(env, 'SUBMISSION_BYTES_PER_KIOSK', DEFAULT_SUBMISSION_LIMITS.perKiosk.bytes),
      },
    },
    statusLookupLimits: {
      windowSeconds: DEFAULT_STATUS_LOOKUP_LIMITS.windowSeconds,
      perIp: parsePositive(env, 'STATUS_LOOKUPS_PER_IP', DEFAULT_STATUS_LOOKUP_LIMITS.perIp),
      perKiosk: parsePositive(env, 'STATUS_LOOKUPS_PER_KIOSK', DEFAULT_STATUS_LOOKUP_LIMITS.perKiosk),
    },
    enrolmentsPerIpPerMinute: parsePositive(env, 'ENROLMENTS_PER_IP_PER_MINUTE', DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE),
    libraryAvailability: parseLibraryAvailability(env),
  };
}

/** The built-in catalogue's statuses unless LIBRARY_AVAILABILITY=calil names the service, its key and the system id. */
function parseLibraryAvailability(env: NodeJS.ProcessEnv): CalilConfig | undefined {
  const kind = env.LIBRARY_AVAILABILITY || 'catalogue';
  if (kind === 'catalogue') return undefined;
  if (kind !== 'calil') throw new Error(`LIBRARY_AVAILABILITY must be "catalogue" or "calil", got "${kind}"`);
  const missing = ['CALIL_APP_KEY', 'CALIL_SYSTEM_ID'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`LIBRARY_AVAILABILITY=calil needs ${missing.join(' and ')}`);
  return { baseUrl: env.CALIL_BASE_URL || 'https://api.calil.jp', appKey: env.CALIL_APP_KEY!, systemId: env.CALIL_SYSTEM_ID! };
}

function parsePositive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number of 1 or more, got "${value}"`);
  return number;
}

/** proxy-addr's names for whole ranges, which Fastify accepts beside addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `true`, or the proxy's addresses / CIDRs / named ranges (comma-separated); default: trust
 * no proxy. Checked here so a typo stops the start with the variable's name instead of a
 * proxy-addr stack trace, or (for `1`, `yes`) silently meaning something else.
 */
function parseTrustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isProxyAddress(entry));
  if (bad.length > 0) {
    throw new Error(`TRUST_PROXY must be true or the proxy's addresses, CIDRs, loopback, linklocal or uniquelocal (comma-separated); "${bad.join('", "')}" is none of these`);
  }
  return entries.join(',');
}

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', bits, ...more] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || more.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/**
 * Without PUBLIC_ORIGIN the server trusts the Host header for its origin check and never
 * marks cookies Secure; fine on a developer's machine, wrong for the city's server.
 */
function requireOriginInProduction(origin: string | undefined, nodeEnv: string | undefined): string | undefined {
  if (origin === undefined && nodeEnv === 'production') {
    throw new Error(
      'PUBLIC_ORIGIN is required when NODE_ENV=production: set it to the address staff and kiosks use, such as https://madoguchi.example.jp',
    );
  }
  return origin;
}

function parsePublicOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // Only an origin: a path here would never equal a browser's Origin header.
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || value.replace(/\/$/, '') !== url.origin) {
    throw new Error(`PUBLIC_ORIGIN must be an origin such as https://madoguchi.example.jp, got "${value}"`);
  }
  return url.origin;
}

function parsePort(value: string | undefined): number {
  if (!value) return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (!value) return 'info';
  const level = value.toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  }
  return level;
}

function readVersion(repoRoot: string): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    // A deployment may ship dist-server without package.json; health still answers.
    return '0.0.0';
  }
}

/**
 * Shared helpers for the server load benchmarks (bench/outbox.ts, bench/fleet.ts):
 * the built server on a temporary SQLite database, a keep-alive HTTP client that never
 * throws, bounded pools (by count, by time window), latency quantiles, realistic
 * encrypted submissions for the `opinion` form, and the staff/kiosk set-up.
 *
 * Every request goes to the local server on 127.0.0.1 only; every loop here is bounded
 * both in count and in time.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { JWK } from 'jose';
import { startBuiltServer, type RunningServer } from '../../e2e/support/start-server.ts';
import { encryptAnswers } from '../../src/lib/forms/encrypt.ts';
import { parseFormDef, type FormDef } from '../../src/lib/forms/form-schema.ts';
import type { Answers } from '../../src/lib/forms/answers.ts';
import { buildSubmission } from '../../src/lib/forms/submission.ts';
import { uuidv7 } from '../../src/lib/forms/uuidv7.ts';
import { validateAll } from '../../src/lib/forms/validate.ts';
import { mulberry32 } from '../../src/lib/geo/seeded-random.ts';
import { newToken, sha256Hex } from '../../server/src/lib/tokens.ts';

export const repoRoot = new URL('../..', import.meta.url).pathname;
/** The server's SQLite file name inside DATA_DIR (server/src/db/open.ts SQLITE_FILE_NAME). */
const SQLITE_FILE_NAME = 'madoguchi.sqlite';

// ---------------------------------------------------------------------------------------
// Machine and reporting

/** "load average 1.23 0.98 0.75 (2 cores)": the benchmarks share the machine with other work. */
export function loadAverageLine(when: string): string {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  const pressure = cpuPressure();
  return `load average at ${when}: ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)} (1/5/15 min, ${cpus().length} cores)${
    pressure === undefined ? '' : `; CPU pressure ${pressure.toFixed(0)} % (share of the last 10 s in which some runnable task waited for a CPU)`
  }`;
}

/** Linux PSI: /proc/pressure/cpu "some avg10", or undefined where it is not available. */
function cpuPressure(): number | undefined {
  try {
    const match = /^some avg10=([\d.]+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export const fmtMs = (ms: number): string => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');

/** Prints `PASS|FAIL  label: detail` and returns whether it passed. */
export function verdict(label: string, pass: boolean, detail: string): boolean {
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
  return pass;
}

// ---------------------------------------------------------------------------------------
// Latencies

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank quantile of an ascending array. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export class Latencies {
  private readonly values: number[] = [];
  record(ms: number): void {
    this.values.push(ms);
  }
  get count(): number {
    return this.values.length;
  }
  summary(): LatencySummary {
    const sorted = Float64Array.from(this.values).sort();
    const list = Array.from(sorted);
    const sum = list.reduce((a, b) => a + b, 0);
    return {
      count: list.length,
      p50: quantile(list, 0.5),
      p95: quantile(list, 0.95),
      p99: quantile(list, 0.99),
      max: list.length ? (list[list.length - 1] as number) : Number.NaN,
      mean: list.length ? sum / list.length : Number.NaN,
    };
  }
}

export function formatSummary(s: LatencySummary): string {
  return `n=${s.count}  p50 ${fmtMs(s.p50)}  p95 ${fmtMs(s.p95)}  p99 ${fmtMs(s.p99)}  max ${fmtMs(s.max)}  mean ${fmtMs(s.mean)}`;
}

// ---------------------------------------------------------------------------------------
// The server

export interface BenchServer extends RunningServer {
  /** http://127.0.0.1:PORT — the address every benchmark request goes to. */
  base: string;
  /** The server's SQLite file, for read-only checks and the kiosk set-up. */
  dbFile: string;
  /** CPU time (user + system) the server process has used so far; undefined where /proc is not there. */
  cpuMs(): number | undefined;
}

/**
 * The built server (startBuiltServer: HOST=127.0.0.1, a fresh DATA_DIR). Its url says
 * `localhost` for the browser tests; the benchmarks use 127.0.0.1 itself so nothing can
 * resolve elsewhere (e.g. to ::1, where nothing listens).
 */
export async function startBenchServer(): Promise<BenchServer> {
  const server = await startBuiltServer();
  const url = new URL(server.url);
  const base = `http://127.0.0.1:${url.port}`;
  const pid = findServerPid();
  return { ...server, base, dbFile: join(server.dataDir, SQLITE_FILE_NAME), cpuMs: () => (pid === undefined ? undefined : processCpuMs(pid)) };
}

/** Linux: the server is the child of this process running dist-server/server/src/main.js. */
function findServerPid(): number | undefined {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const fields = statFields(Number(entry));
      if (Number(fields?.[1]) !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist-server/server/src/main.js')) return Number(entry);
    }
  } catch {
    // Not Linux, or /proc unreadable: no server CPU figures.
  }
  return undefined;
}

/** /proc/<pid>/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime (in clock ticks). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Assumes USER_HZ = 100, which Linux uses on every common architecture. */
function processCpuMs(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) * 10 : undefined;
}

export const cpuDelta = (before: number | undefined, after: number | undefined): number | undefined =>
  before === undefined || after === undefined ? undefined : after - before;

/** "server CPU 7.1 s of 10.1 s wall (70 % of one core)", or '' when unknown. */
export function cpuShare(label: string, cpuMs: number | undefined, wallMs: number): string {
  if (cpuMs === undefined) return '';
  return `${label} CPU ${(cpuMs / 1000).toFixed(1)} s of ${(wallMs / 1000).toFixed(1)} s wall (${((cpuMs / wallMs) * 100).toFixed(0)} % of one core)`;
}

/** Refuses any base that is not the loopback address: these tools must not load anything else. */
export function assertLoopback(base: string): void {
  if (new URL(base).hostname !== '127.0.0.1') throw new Error(`benchmarks only talk to 127.0.0.1, not ${base}`);
}

export interface Watchdog {
  /** From now on, a timeout or Ctrl-C also stops this server before exiting. */
  guard(server: { stop(): Promise<void> }): void;
  disarm(): void;
}

/**
 * Exits when `ms` pass, whatever is still running (encryption, set-up, the run): the hard
 * bound on the whole benchmark. Also handles Ctrl-C. Arm it first, guard the server once started.
 */
export function armWatchdog(ms: number): Watchdog {
  let server: { stop(): Promise<void> } | undefined;
  const bail = (why: string, code: number) => {
    console.error(why);
    // If stopping hangs too, leave anyway after 10 s.
    setTimeout(() => process.exit(code), 10_000).unref();
    void (server ? server.stop() : Promise.resolve()).finally(() => process.exit(code));
  };
  const timer = setTimeout(() => bail(`watchdog: the benchmark did not finish within ${ms / 1000} s; stopping`, 2), ms);
  timer.unref();
  const onSignal = () => bail('interrupted; stopping', 130);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    guard: (running) => {
      server = running;
    },
    disarm: () => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** The server's database, read-only: the benchmarks check rows but never change them through this. */
export function openReadOnly(dbFile: string): Database.Database {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

// ---------------------------------------------------------------------------------------
// HTTP client

export interface HttpResult {
  /** 0 on a network error or timeout. */
  status: number;
  body: string;
  /** From the request being written until the last byte of the answer. */
  ms: number;
  error?: string;
  /** The set-cookie headers, for the staff login. */
  setCookie?: string[];
  /** The answer's headers (absent on a network error). */
  headers?: http.IncomingHttpHeaders;
}

export interface SendOptions {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs?: number;
}

/**
 * node:http with one keep-alive agent: at most `maxSockets` connections, reused. `send`
 * never rejects: a refused connection, a reset or a timeout is status 0 with `error`.
 */
export class HttpClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(base: string, maxSockets: number) {
    assertLoopback(base);
    const url = new URL(base);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
  }

  send({ method, path, headers = {}, body, timeoutMs = 10_000 }: SendOptions): Promise<HttpResult> {
    return new Promise((resolve) => {
      const start = performance.now();
      let settled = false;
      const finish = (result: Omit<HttpResult, 'ms'>) => {
        if (settled) return;
        settled = true;
        resolve({ ...result, ms: performance.now() - start });
      };
      const payload = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
      const request = http.request(
        {
          host: this.host,
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: payload ? { ...headers, 'content-length': String(payload.length) } : headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const setCookie = response.headers['set-cookie'];
            finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: response.headers, ...(setCookie ? { setCookie } : {}) });
          });
          response.on('error', (error) => finish({ status: 0, body: '', error: error.message }));
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(new Error(`timeout after ${timeoutMs} ms`)));
      request.on('error', (error) => finish({ status: 0, body: '', error: error.message }));
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------
// Bounded pools

/**
 * `concurrency` lanes each sending one request after another for a fixed window; none
 * starts after `windowMs`, and at most `maxRequests` start in all. Returns how many started
 * and the wall time until the last one finished.
 */
export async function runWindow(
  concurrency: number,
  windowMs: number,
  maxRequests: number,
  worker: (seq: number) => Promise<void>,
): Promise<{ started: number; elapsedMs: number }> {
  const start = performance.now();
  const end = start + windowMs;
  let seq = 0;
  const lane = async () => {
    while (seq < maxRequests && performance.now() < end) await worker(seq++);
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { started: seq, elapsedMs: performance.now() - start };
}

// ---------------------------------------------------------------------------------------
// Submissions

export interface OpinionForm {
  def: FormDef;
  publicKey: JWK;
}

/** The real `opinion` form and its department's public key (content/keys, made by the build). */
export function loadOpinionForm(): OpinionForm {
  const file = join(repoRoot, 'content/forms/opinion.json');
  const parsed = parseFormDef(JSON.parse(readFileSync(file, 'utf8')), file);
  if (!parsed.ok) throw new Error(`content/forms/opinion.json: ${JSON.stringify(parsed.error)}`);
  const def = parsed.value;
  const publicKey = JSON.parse(readFileSync(join(repoRoot, `content/keys/${def.keyId}.public.jwk.json`), 'utf8')) as JWK;
  return { def, publicKey };
}

export interface Submission {
  id: string;
  formId: string;
  ciphertext: string;
  /** The PUT body as sent: {"formId","ciphertext"}. */
  body: Buffer;
  path: string;
}

const categories = ['welfare', 'education', 'environment', 'roads-town', 'safety', 'industry-tourism', 'city-services', 'other'];
const ageGroups = ['under-20', '20s-30s', '40s-50s', '60s-70s', '80-plus'];
const residencies = ['resident', 'commuter', 'non-resident'];
const subjects = ['バス停のベンチについて', '公園の街灯が暗い', '図書館の開館時間', '支所の駐車場', 'ごみ収集日の案内', '歩道の段差', 'Bus timetable at Onahama', '子育て支援の情報'];
const sentences = [
  '小名浜支所の近くのバス停にベンチがなく、高齢の方が立って待っています。',
  '夜になると公園の街灯が暗く、子どもの帰り道が心配です。',
  '図書館を平日の夜8時まで開けてもらえると、仕事帰りに利用できて助かります。',
  '支所の窓口の案内がわかりやすくなり、手続きが早く終わりました。ありがとうございます。',
  'ごみの分別の案内を、外国語でも配ってほしいです。',
  '歩道の段差が大きく、車いすで通るのが大変です。',
  'The bus timetable at the station is hard to read for visitors; an English version would help.',
  '子育て支援の情報が一か所にまとまっていると、探しやすいと思います。',
];

/** Plausible answers to the opinion form, valid by the app's own validator. */
function opinionAnswers(random: () => number): Answers {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const body = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(sentences)).join('\n');
  const replyMethod = pick(['none', 'none', 'email', 'post']);
  const answers: Record<string, Answers[string]> = {
    category: pick(categories),
    subject: pick(subjects),
    body,
    replyMethod,
    ageGroup: pick(ageGroups),
    residency: pick(residencies),
    consent: true,
  };
  if (replyMethod !== 'none') answers.name = { name: '磐城 花子', kana: 'イワキ ハナコ' };
  if (replyMethod === 'email') answers.email = `hanako${Math.floor(random() * 1000)}@example.jp`;
  if (replyMethod === 'post') {
    answers.postalCode = '970-8686';
    answers.address = '福島県いわき市平字梅本21';
  }
  return answers;
}

/**
 * One submission as the app makes it (submit-form.ts): a UUIDv7, the payload from
 * buildSubmission, sealed with encryptAnswers to the form's real department key.
 */
export async function makeSubmission(form: OpinionForm, random: () => number, channel: 'kiosk' | 'phone'): Promise<Submission> {
  const now = new Date();
  const answers = opinionAnswers(random);
  const problems = validateAll(form.def, answers, now);
  if (problems.size > 0) throw new Error(`bench answers are not valid: ${JSON.stringify([...problems])}`);
  const id = uuidv7();
  const payload = buildSubmission(form.def, answers, { id, now, lang: random() < 0.8 ? 'ja' : 'en', channel });
  const ciphertext = await encryptAnswers(payload, form.publicKey, form.def.keyId);
  return {
    id,
    formId: form.def.id,
    ciphertext,
    body: Buffer.from(JSON.stringify({ formId: form.def.id, ciphertext })),
    path: `/api/submissions/${id}`,
  };
}

/** `count` submissions, all encrypted up front (seeded answers, fresh ids and keys). */
export async function makeSubmissions(count: number, seed: number, channel: 'kiosk' | 'phone'): Promise<Submission[]> {
  const form = loadOpinionForm();
  const random = mulberry32(seed);
  const out: Submission[] = [];
  for (let i = 0; i < count; i++) out.push(await makeSubmission(form, random, channel));
  return out;
}

export interface Receipt {
  receiptNumber: string;
  receivedAt: string;
}

export function parseReceipt(body: string): Receipt | undefined {
  try {
    const value = JSON.parse(body) as Partial<Receipt>;
    return typeof value.receiptNumber === 'string' && typeof value.receivedAt === 'string'
      ? { receiptNumber: value.receiptNumber, receivedAt: value.receivedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Staff and kiosks

/** `tsx server/scripts/staff.ts create-admin <username>` against the server's DATA_DIR, as an operator would. */
export function createAdmin(server: BenchServer, username: string, password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      join(repoRoot, 'node_modules/.bin/tsx'),
      [join(repoRoot, 'server/scripts/staff.ts'), 'create-admin', username],
      { cwd: repoRoot, timeout: 60_000, env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: '', MADOGUCHI_ADMIN_PASSWORD: password } },
      (error, _stdout, stderr) => (error ? reject(new Error(`create-admin failed: ${error.message} ${stderr}`)) : resolve()),
    );
  });
}

export interface StaffSession {
  /** Headers for a state-changing staff request: cookie, origin and the CSRF token. */
  headers: Record<string, string>;
}

/** POST /api/staff/login with our own origin; returns what later admin calls must send. */
export async function staffLogin(client: HttpClient, base: string, username: string, password: string): Promise<StaffSession> {
  const result = await client.send({
    method: 'POST',
    path: '/api/staff/login',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password }),
  });
  if (result.status !== 200) throw new Error(`staff login: ${result.status} ${result.error ?? result.body}`);
  const { csrfToken } = JSON.parse(result.body) as { csrfToken: string };
  const cookie = (result.setCookie ?? []).map((c) => c.split(';')[0]).join('; ');
  return { headers: { cookie, origin: base, 'x-csrf-token': csrfToken } };
}

/** The full API path for one kiosk: staff issue an enrolment token, the kiosk trades it for a device token. */
export async function enrolKioskViaApi(client: HttpClient, staff: StaffSession, kioskId: string, siteName: string): Promise<string> {
  const issued = await client.send({
    method: 'POST',
    path: '/api/staff/kiosks',
    headers: { ...staff.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId, siteName }),
  });
  if (issued.status !== 201) throw new Error(`issue enrolment for ${kioskId}: ${issued.status} ${issued.body}`);
  const { enrolmentToken } = JSON.parse(issued.body) as { enrolmentToken: string };
  const enrolled = await client.send({
    method: 'POST',
    path: '/api/kiosks/enrol',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId, enrolmentToken }),
  });
  if (enrolled.status !== 200) throw new Error(`enrol ${kioskId}: ${enrolled.status} ${enrolled.body}`);
  return (JSON.parse(enrolled.body) as { deviceToken: string }).deviceToken;
}

/**
 * Enrolled kiosks written straight into the server's SQLite file. The API allows 10
 * enrolments per minute per address (server/src/plugins/rate-limits.ts), so 500 would
 * take 50 minutes; this writes the row that issueEnrolment + enrol
 * (server/src/services/kiosks.ts) leave behind: the sha256 of a fresh device token,
 * enrolled_at set, no pending enrolment token. One transaction; the server, which has the
 * file open in WAL mode, sees the rows on its next read. Returns the device tokens.
 */
export function insertEnrolledKiosks(dbFile: string, kiosks: ReadonlyArray<{ kioskId: string; siteName: string }>): Map<string, string> {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare(
      `INSERT INTO kiosks (id, site_name, created_at, enrolled_at, device_token_hash, enrol_token_hash, enrol_token_expires_at)
       VALUES (?, ?, ?, ?, ?, NULL, NULL)`,
    );
    const tokens = new Map<string, string>();
    const at = new Date().toISOString();
    db.transaction(() => {
      for (const { kioskId, siteName } of kiosks) {
        const deviceToken = newToken();
        insert.run(kioskId, siteName, at, at, sha256Hex(deviceToken));
        tokens.set(kioskId, deviceToken);
      }
    })();
    return tokens;
  } finally {
    db.close();
  }
}

/** The closing lines every benchmark prints: load at the end, then one PASS or FAIL; returns the exit code. */
export function benchVerdict(results: readonly boolean[]): number {
  console.log('');
  console.log(loadAverageLine('end'));
  const pass = results.every(Boolean);
  console.log(pass ? 'PASS: all targets and checks met' : 'FAIL: see the lines marked FAIL above');
  return pass ? 0 : 1;
}

/** Runs a benchmark's main and exits with its code (a crash is a failure). */
export function runBench(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${name} failed:`, error);
      process.exit(1);
    },
  );
}

/**
 * bench/status-lookup — a citizen checks a request by receipt number + PIN while the database
 * holds 1,000,000 submissions.
 *
 * For SQLite (one file) and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, PostgreSQL (a
 * schema of its own, dropped afterwards): a server process (tsx, from source) migrates a fresh
 * database; the rows go in by bulk insert beside it (better-sqlite3 in one transaction;
 * PostgreSQL's generate_series with sha256() in one statement), each with a receipt number,
 * a salted PIN hash and a small stand-in ciphertext; then thousands of random lookups go one
 * at a time through the real route, POST /api/status (rate buckets, schema validation, the
 * constant-time comparison, JSON), a tenth of them with a wrong PIN. Prints p50/p95/p99 per
 * database; PASS when p95 ≤ 20 ms and every answer is right.
 *   npm run bench:status-lookup [-- --rows 1000000 --lookups 3000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { freePort } from '../server/test/helpers/free-port.ts';
import { fmtMs, HttpClient, Latencies } from './support/load.ts';
import { pinHashInput } from '../contract/status.ts';
import { sql } from 'kysely';
import { openDatabase } from '../server/src/db/open.ts';
import { createSubmissionProgressService } from '../server/src/services/submission-progress.ts';

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), Number(process.argv[i + 1]));
const rows = args.get('rows') ?? 1_000_000;
const lookups = args.get('lookups') ?? 3000;
const TARGET_P95_MS = 20;
const root = new URL('..', import.meta.url).pathname;
// About what a short opinion's JWE weighs; the row's size matters to the pages a lookup reads.
const CIPHERTEXT = `eyJhbGciOiJFQ0RILUVTK0EyNTZLVyJ9.${'A'.repeat(54)}.${'B'.repeat(16)}.${'C'.repeat(400)}.${'D'.repeat(22)}`;

// The same in JS and in SQL: an id, a receipt number and a PIN per row number.
const idOf = (i: number) => `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`;
const receiptOf = (i: number) => `IW-2026-${String(i).padStart(7, '0')}`;
const pinOf = (i: number) => String((i * 2654435761) % 10_000_000_000).padStart(10, '0');
const hashOf = (i: number) => createHash('sha256').update(pinHashInput(idOf(i), pinOf(i))).digest('hex');
const receivedAtOf = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 30_000).toISOString();

interface Server { url: string; child: ChildProcess }

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', STATUS_LOOKUPS_PER_IP: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) { clearTimeout(timer); resolve(); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function stop(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
}

function fillSqlite(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(`insert into submissions (id, form_id, key_id, sha256, ciphertext, byte_size, receipt_number, received_at, pin_hash)
    values (?, 'opinion', 'kocho-2026', ?, ?, ?, ?, ?, ?)`);
  const sha = createHash('sha256').update(CIPHERTEXT).digest('hex');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i <= to; i++) insert.run(idOf(i), sha, CIPHERTEXT, CIPHERTEXT.length, receiptOf(i), receivedAtOf(i), hashOf(i));
  });
  for (let from = 1; from <= rows; from += 100_000) batch(from, Math.min(rows, from + 99_999));
  db.exec('analyze');
  // Into the main file, so the server does not start by reading (and checkpointing) a huge WAL.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

async function fillPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One statement: ids, PINs and their salted hashes made by the database itself, as idOf/pinOf/hashOf make them.
    await client.query(`
      insert into submissions (id, form_id, key_id, sha256, ciphertext, byte_size, receipt_number, received_at, pin_hash)
      select id, 'opinion', 'kocho-2026', $1, $2, $3, 'IW-2026-' || lpad(i::text, 7, '0'),
             to_char(timestamp '2026-01-01' + i * interval '30 seconds', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             encode(sha256(convert_to('madoguchi-status-pin/1' || chr(10) || id || chr(10) || lpad(((i::bigint * 2654435761) % 10000000000)::text, 10, '0'), 'UTF8')), 'hex')
      from (select i, '01900000-0000-7000-8000-' || lpad(i::text, 12, '0') as id from generate_series(1, $4::int) as i) as numbered`,
    [createHash('sha256').update(CIPHERTEXT).digest('hex'), CIPHERTEXT, CIPHERTEXT.length, rows]);
    await client.query('analyze submissions');
  } finally {
    await client.end();
  }
}

const pick = () => 1 + Math.floor(Math.random() * rows);

/** Times `ask` over `lookups` random receipts (a tenth with a wrong PIN); counts answers that are wrong. */
async function time(ask: (i: number, pin: string) => Promise<boolean | undefined>) {
  const latencies = new Latencies();
  let wrong = 0;
  for (let k = 0; k < 200; k++) await ask(pick(), pinOf(1)); // warm-up: connections, JIT, statement caches, pages
  for (let k = 0; k < lookups; k++) {
    const i = pick();
    const right = k % 10 !== 0;
    const started = performance.now();
    const found = await ask(i, right ? pinOf(i) : pinOf(i + 1));
    latencies.record(performance.now() - started);
    if (found !== right) wrong += 1;
  }
  return { summary: latencies.summary(), wrong };
}

function line(label: string, what: string, { summary: s, wrong }: Awaited<ReturnType<typeof time>>): boolean {
  const pass = s.p95 <= TARGET_P95_MS && wrong === 0;
  console.log(`${label} ${what}: ${lookups} lookups over ${rows.toLocaleString('en')} submissions → p50 ${fmtMs(s.p50)}, p95 ${fmtMs(s.p95)}, p99 ${fmtMs(s.p99)}, max ${fmtMs(s.max)}; ` +
    `${wrong} wrong answers  ${pass ? 'PASS' : `FAIL (target p95 ≤ ${TARGET_P95_MS} ms)`}`);
  return pass;
}

/** The lookup's query plan: it must be one index probe on receipt_number, whatever the row count. */
async function plan(label: string, env: Record<string, string>): Promise<void> {
  const opened = await openDatabase({ dataDir: env.DATA_DIR!, databaseUrl: env.DATABASE_URL || undefined });
  try {
    const query = sql`select id, form_id, pin_hash, progress, progress_message, progress_at, received_at from submissions where receipt_number = ${receiptOf(rows)}`;
    const rowsOut = opened.dialect === 'sqlite'
      ? (await sql<{ detail: string }>`explain query plan ${query}`.execute(opened.db)).rows.map((r) => r.detail)
      : (await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(opened.db)).rows.map((r) => r['QUERY PLAN'].trim());
    console.log(`${label} plan: ${rowsOut.join(' / ')}`);
  } finally {
    await opened.close();
  }
}

async function measure(label: string, server: Server, env: Record<string, string>): Promise<boolean> {
  await plan(label, env);
  // The service alone, in this process: the database read, the salted hash and the constant-time compare.
  const opened = await openDatabase({ dataDir: env.DATA_DIR!, databaseUrl: env.DATABASE_URL || undefined });
  let service;
  try {
    const progress = createSubmissionProgressService({ db: opened.db });
    service = await time(async (i, pin) => (await progress.lookup(receiptOf(i), pin)).found);
  } finally {
    await opened.close();
  }
  // The real route through a server process: HTTP, validation, the rate bucket write, JSON.
  const client = new HttpClient(server.url, 1);
  const http = await time(async (i, pin) => {
    const result = await client.send({
      method: 'POST', path: '/api/status', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: [{ receiptNumber: receiptOf(i), pin }] }),
    });
    return result.status === 200 ? (JSON.parse(result.body) as { results: Array<{ found: boolean }> }).results[0]?.found : undefined;
  });
  // The same server's cheapest route (one `select 1`, no write): what the machine's load alone costs a request.
  const health = await time(async () => ((await client.send({ method: 'GET', path: '/api/health' })).status === 200 ? undefined : false));
  const servicePass = line(label, 'service', service);
  const httpPass = line(label, 'POST /api/status', http);
  const s = health.summary;
  console.log(`${label} baseline GET /api/health: p50 ${fmtMs(s.p50)}, p95 ${fmtMs(s.p95)}, p99 ${fmtMs(s.p99)}`);
  return servicePass && httpPass;
}

async function run(label: string, env: Record<string, string>, fill: () => void | Promise<void>): Promise<boolean> {
  const server = await startServer(env); // migrates the fresh database
  try {
    const started = performance.now();
    await fill();
    console.log(`${label}: ${rows.toLocaleString('en')} submissions inserted in ${fmtMs(performance.now() - started)}`);
    return await measure(label, server, env);
  } finally {
    await stop(server);
  }
}

async function withSchema(base: string, task: (url: string) => Promise<boolean>): Promise<boolean> {
  const schema = `bench_status_${process.pid}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`create schema "${schema}"`);
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return await task(url.toString());
  } finally {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-status-'));
// Latency on a shared machine says as much about its load as about the code: print it.
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs`);
const passes: boolean[] = [];
try {
  passes.push(await run('SQLite (one file)', { DATA_DIR: dataDir, DATABASE_URL: '' }, () => fillSqlite(join(dataDir, 'madoguchi.sqlite'))));
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) passes.push(await withSchema(pgUrl, (url) => run('PostgreSQL (one database)', { DATA_DIR: dataDir, DATABASE_URL: url }, () => fillPostgres(url))));
  else console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = passes.every(Boolean) ? 0 : 1;

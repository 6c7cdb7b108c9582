/**
 * bench/reservation — 1,000 citizens ask for the same room slot at the same moment.
 *
 * Two server processes (run from source with tsx) share one database: one SQLite file, and
 * with BENCH_DATABASE_URL or TEST_DATABASE_URL also one PostgreSQL. Each of N requests is a
 * real PUT /api/submissions/:id with a JWE and the slot in clear, sent all at once,
 * alternating between the servers. Prints held / taken / errors and latency; PASS when
 * exactly one is held, every other is told "taken", and none fails.
 *   npm run bench:reservation [-- --requests 1000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompactEncrypt, generateKeyPair } from 'jose';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { freePort } from '../server/test/helpers/free-port.ts';
import { fmtMs, HttpClient, Latencies } from './support/load.ts';
import { ROOM_RESERVATION_FORM_ID } from '../contract/room-reservation.ts';

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), Number(process.argv[i + 1]));
const requests = args.get('requests') ?? 1000;
const root = new URL('..', import.meta.url).pathname;
const ROOM = 'central-kominkan-meeting-1';

interface Server { url: string; child: ChildProcess }

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      SUBMISSIONS_PER_IP: '1000000', SUBMISSION_BYTES_PER_IP: String(1024 ** 4), ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('listening on')) { clearTimeout(timer); resolve(); }
      if (process.env.BENCH_VERBOSE && text.includes('"level":50')) process.stderr.write(text.slice(0, 600));
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** A Wednesday two weeks ahead in Tokyo: the sample room is open then. */
function openDate(): string {
  const tokyo = new Date(Date.now() + 9 * 3600_000 + 14 * 86_400_000);
  while (tokyo.getUTCDay() !== 3) tokyo.setUTCDate(tokyo.getUTCDate() + 1);
  return tokyo.toISOString().slice(0, 10);
}

async function run(label: string, env: Record<string, string>): Promise<boolean> {
  const servers = [await startServer(env), await startServer(env)];
  try {
    const clients = servers.map((s) => new HttpClient(s.url, 512));
    const { publicKey } = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256' });
    const slot = { date: openDate(), start: '13:00' };
    const bodies = await Promise.all(Array.from({ length: requests }, async () => {
      const ciphertext = await new CompactEncrypt(new TextEncoder().encode('{"name":"bench"}'))
        .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: 'shogai-gakushu-2026', cty: 'application/json' })
        .encrypt(publicKey);
      return { id: uuidv7(), body: JSON.stringify({ formId: ROOM_RESERVATION_FORM_ID, ciphertext, reservation: { roomId: ROOM, slots: [slot] } }) };
    }));
    const latencies = new Latencies();
    const started = performance.now();
    const results = await Promise.all(bodies.map(({ id, body }, i) =>
      clients[i % 2]!.send({ method: 'PUT', path: `/api/submissions/${id}`, headers: { 'content-type': 'application/json' }, body, timeoutMs: 60_000 })));
    const wallMs = performance.now() - started;
    let held = 0; let taken = 0; let errors = 0;
    for (const result of results) {
      latencies.record(result.ms);
      const outcome = result.status === 201 ? (JSON.parse(result.body) as { reservation?: string }).reservation : undefined;
      if (outcome === 'held') held += 1;
      else if (outcome === 'taken') taken += 1;
      else {
        errors += 1;
        if (errors <= 3) console.log(`  error: ${result.status} ${result.body.slice(0, 200)}`);
      }
    }
    const summary = latencies.summary();
    const pass = held === 1 && taken === requests - 1 && errors === 0;
    console.log(`${label}: ${requests} concurrent requests for ${ROOM} ${slot.date} ${slot.start} through 2 servers → ${held} booking, ${taken} refusals ("taken"), ${errors} errors; ` +
      `p50 ${fmtMs(summary.p50)}, p99 ${fmtMs(summary.p99)}, all in ${fmtMs(wallMs)}  ${pass ? 'PASS' : 'FAIL'}`);
    return pass;
  } finally {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
  }
}

/** A fresh schema of its own (search_path in the URL), dropped afterwards: nothing else in the database is touched. */
async function withSchema(base: string, task: (url: string) => Promise<boolean>): Promise<boolean> {
  const schema = `bench_reservation_${process.pid}`;
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

const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-reservation-'));
const passes: boolean[] = [];
try {
  passes.push(await run('SQLite (one file)', { DATA_DIR: dataDir, DATABASE_URL: '' }));
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) passes.push(await withSchema(pgUrl, (url) => run('PostgreSQL (one database)', { DATA_DIR: dataDir, DATABASE_URL: url })));
  else console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = passes.every(Boolean) ? 0 : 1;

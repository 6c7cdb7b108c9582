/**
 * bench/surge — a disaster: every phone in town opens Madoguchi at once.
 *
 * 10,000 simulated phones arrive evenly over 60 s (an open model: a phone starts on
 * schedule whether or not the server has kept up). Each does what a phone does after a
 * warning: GET /api/notices, GET /packs/manifest.json, then the one pack object that
 * changed (the evacuation sites, as when shelters are updated). Latency is measured from
 * the phone's scheduled start, so time spent waiting for a connection counts.
 *
 *   1. one server process on SQLite;
 *   2. two server processes on one PostgreSQL behind a loopback proxy (round robin per
 *      request, support/fault-proxy.ts with every request passed) — needs BENCH_DATABASE_URL
 *      or TEST_DATABASE_URL; the database's tables are dropped and recreated by the server.
 * Prints requests, errors, p50/p95/p99 per kind and per phone, and the ratio of the two
 * runs' p99. PASS when run 1 has p99 < 200 ms per request and 0 errors (and run 2 has 0 errors).
 * Also checks the headers that let a CDN or reverse proxy hold pack objects.
 *   npx tsx bench/surge.ts [--phones 10000] [--seconds 60]
 * The load generator shares this machine's cores with the server: the figures are an
 * upper bound on what the server alone would take.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { PackManifest } from '../contract/pack-layout.ts';
import { packManifestUrl, packObjectUrl } from '../contract/pack-layout.ts';
import { startBuiltServer, type RunningServer } from '../e2e/support/start-server.ts';
import { startFaultProxy } from './support/fault-proxy.ts';
import { armWatchdog, benchVerdict, fmtMs, HttpClient, Latencies, loadAverageLine, runBench, verdict } from './support/load.ts';

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), Number(process.argv[i + 1]));
const phones = args.get('phones') ?? 10_000;
const windowMs = (args.get('seconds') ?? 60) * 1000;
const target = { p99Ms: 200, errors: 0 };
/** Connections the simulated phones share; more than a server's default backlog would hold at once. */
const maxSockets = 256;

interface RunResult { label: string; requests: number; errors: number; p99: number; lines: string[] }

const base = (server: RunningServer) => `http://127.0.0.1:${new URL(server.url).port}`;

async function changedObject(client: HttpClient): Promise<string> {
  const manifest = await client.send({ method: 'GET', path: packManifestUrl });
  if (manifest.status !== 200) throw new Error(`manifest: ${manifest.status}`);
  const { files } = JSON.parse(manifest.body) as PackManifest;
  const file = files.find((f) => f.path === 'disaster/sites.json') ?? [...files].sort((a, b) => b.bytes - a.bytes)[0];
  if (!file) throw new Error('the pack has no files');
  const object = await client.send({ method: 'GET', path: packObjectUrl(file.sha256) });
  const cacheControl = object.headers?.['cache-control'] ?? '';
  if (!/immutable/.test(cacheControl) || !/public/.test(cacheControl) || !/max-age=31536000/.test(cacheControl)) {
    throw new Error(`pack object ${file.path} is served with cache-control "${cacheControl}": a CDN could not hold it`);
  }
  console.log(`changed object: ${file.path} (${file.bytes} bytes), cache-control: ${cacheControl}`);
  return packObjectUrl(file.sha256);
}

async function surge(label: string, url: string): Promise<RunResult> {
  const client = new HttpClient(url, maxSockets);
  const objectPath = await changedObject(client);
  // A server that has just started compiles its hot paths on the first requests: warm it
  // up as a server that has been running would be, then measure.
  for (let i = 0; i < 100; i++) {
    await Promise.all(['/api/notices', packManifestUrl, objectPath].map((path) => client.send({ method: 'GET', path })));
  }
  const kinds = { notices: new Latencies(), manifest: new Latencies(), object: new Latencies() };
  const perPhone = new Latencies();
  const all = new Latencies();
  let errors = 0;
  const errorKinds = new Map<string, number>();
  const start = performance.now();
  const spacing = windowMs / phones;
  const phone = async (k: number) => {
    const scheduled = start + k * spacing;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const steps: Array<[keyof typeof kinds, string]> = [['notices', '/api/notices'], ['manifest', packManifestUrl], ['object', objectPath]];
    for (const [kind, path] of steps) {
      const before = performance.now();
      const result = await client.send({ method: 'GET', path, headers: { 'accept-encoding': 'gzip, br' } });
      const ms = performance.now() - before;
      kinds[kind].record(ms);
      all.record(ms);
      if (result.status !== 200) {
        errors++;
        const key = `${kind} ${result.status}${result.error ? ` ${result.error}` : ''}`;
        errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
        return;
      }
    }
    perPhone.record(performance.now() - scheduled);
  };
  await Promise.all(Array.from({ length: phones }, (_, k) => phone(k)));
  const elapsed = performance.now() - start;
  client.close();
  const summary = all.summary();
  const lines = [
    `${label}: ${phones} phones, ${summary.count} requests in ${(elapsed / 1000).toFixed(1)} s, ${errors} errors`,
    ...Object.entries(kinds).map(([kind, l]) => `  ${kind.padEnd(8)} ${fmtSummary(l)}`),
    `  any      ${fmtSummary(all)}`,
    `  phone    ${fmtSummary(perPhone)} (from its scheduled start to the object)`,
    ...[...errorKinds].map(([k, n]) => `  error    ${k}: ${n}`),
  ];
  for (const line of lines) console.log(line);
  return { label, requests: summary.count, errors, p99: summary.p99, lines };
}

function fmtSummary(l: Latencies): string {
  const s = l.summary();
  return `p50 ${fmtMs(s.p50)}  p95 ${fmtMs(s.p95)}  p99 ${fmtMs(s.p99)}  max ${fmtMs(s.max)}`;
}

async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema public cascade; create schema public');
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const watchdog = armWatchdog(10 * 60_000 + windowMs * 3);
  console.log(loadAverageLine('start'));
  const results: boolean[] = [];

  const single = await startBuiltServer();
  watchdog.guard(single);
  let one: RunResult;
  try {
    one = await surge('1 process, SQLite', base(single));
  } finally {
    await single.stop();
  }
  results.push(verdict('1 process', one.p99 < target.p99Ms && one.errors === target.errors, `p99 ${fmtMs(one.p99)} (target < ${target.p99Ms} ms), ${one.errors} errors`));

  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    console.log('2 processes on PostgreSQL: not run (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  } else {
    await resetDatabase(databaseUrl);
    // One after the other: each runs the migrations at start, and the second finds them done.
    const first = await startBuiltServer({ DATABASE_URL: databaseUrl });
    const second = await startBuiltServer({ DATABASE_URL: databaseUrl }).catch(async (e: unknown) => { await first.stop(); throw e; });
    const both = { stop: async () => { await Promise.all([first.stop(), second.stop()]); } };
    watchdog.guard(both);
    const upstreams = [base(first), base(second)];
    let turn = 0;
    const proxy = await startFaultProxy({ target: () => upstreams[turn++ % upstreams.length]!, choose: () => 'pass' });
    try {
      const two = await surge('2 processes, PostgreSQL, loopback proxy', proxy.url.replace('localhost', '127.0.0.1'));
      results.push(verdict('2 processes', two.errors === target.errors, `${two.errors} errors`));
      console.log(`ratio p99 (2 processes behind the proxy / 1 process): ${(two.p99 / one.p99).toFixed(2)}`);
    } finally {
      await proxy.close();
      await both.stop();
    }
  }
  watchdog.disarm();
  return benchVerdict(results);
}

runBench('bench/surge', main);

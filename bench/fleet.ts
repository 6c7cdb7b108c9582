/**
 * bench/fleet — 500 kiosks talking to one server at once.
 *
 * Each simulated kiosk holds a real device token and sends POST /api/kiosks/heartbeat
 * (the body src/runtime/kiosk/heartbeat.ts sends) every 5 s — the real interval is
 * 5 min, compressed 60× to load the server — and on 1 beat in 10 also PUTs a new
 * submission (a real JWE of the opinion form, encrypted before the run). Kiosks start
 * evenly spread over the 5 s, so the offered load is a steady ~100 heartbeats/s and
 * ~10 PUTs/s for 30 s. At most 64 requests are in flight (keep-alive, node:http);
 * a beat that cannot get a slot waits in a queue, and that wait is printed as "lag".
 *
 * Enrolment: 3 kiosks go the operator's way (create-admin CLI, staff login, POST
 * /api/staff/kiosks, POST /api/kiosks/enrol); the API allows 10 enrolments per minute
 * per address, so the other 497 are written into the SQLite file directly, as the row
 * enrol() leaves (sha256 of the device token) — see insertEnrolledKiosks.
 *
 * Prints total requests, errors (non-2xx or network), and p50/p95/p99 for heartbeats and
 * PUTs. PASS if both p99 < 100 ms and there are 0 errors; exits 1 on FAIL.
 *   npx tsx bench/fleet.ts
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../src/lib/geo/seeded-random.ts';
import {
  armWatchdog,
  cpuDelta,
  cpuShare,
  createAdmin,
  enrolKioskViaApi,
  fmtMs,
  formatSummary,
  HttpClient,
  insertEnrolledKiosks,
  Latencies,
  loadAverageLine,
  makeSubmissions,
  openReadOnly,
  repoRoot,
  startBenchServer,
  staffLogin,
  verdict,
  type HttpResult,
  type Submission,
  benchVerdict,
  runBench,
} from './support/load.ts';

const target = { p99Ms: 100, errors: 0 };
const kioskCount = 500;
const viaApiCount = 3;
const beatIntervalMs = 5_000;
const runMs = 30_000;
const putEveryBeats = 10;
const maxInFlight = 64;
const requestTimeoutMs = 10_000;
/** After the last scheduled beat, how long in-flight and queued requests may take to finish. */
const drainMs = 15_000;
const watchdogMs = 240_000;

const siteNames = ['平支所', '小名浜支所', '勿来支所', '常磐支所', '内郷支所', '四倉支所', '遠野支所', '小川支所', '好間支所', '三和支所', '田人支所', '川前支所', '久之浜・大久支所', '市役所本庁舎'];
const appVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const packVersion = readPackVersion();

function readPackVersion(): string | null {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, 'dist-packs/manifest.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

interface Kiosk {
  id: string;
  deviceToken: string;
  /** What the kiosk reports about itself, fixed per kiosk. */
  usage: number;
  quota: number;
  onlineSince: string;
  offlineEvents: number;
  lastError?: string;
}

interface Beat {
  /** ms after the start of the run. */
  at: number;
  kiosk: Kiosk;
  put?: Submission;
}

type Task = { kind: 'heartbeat' | 'put'; at: number; kiosk: Kiosk; put?: Submission };

/** The heartbeat body of src/runtime/kiosk/heartbeat.ts. */
function heartbeatBody(kiosk: Kiosk, outboxDepth: number): Buffer {
  return Buffer.from(
    JSON.stringify({
      appVersion,
      packVersion,
      outboxDepth,
      storage: { usage: kiosk.usage, quota: kiosk.quota },
      online: { since: kiosk.onlineSince, offlineEvents: kiosk.offlineEvents },
      ...(kiosk.lastError ? { lastError: kiosk.lastError } : {}),
    }),
  );
}

async function enrolFleet(server: Awaited<ReturnType<typeof startBenchServer>>, client: HttpClient): Promise<Map<string, string>> {
  const ids = Array.from({ length: kioskCount }, (_, i) => `bench-kiosk-${String(i + 1).padStart(3, '0')}`);
  const siteOf = (i: number) => siteNames[i % siteNames.length] as string;
  const password = randomBytes(18).toString('base64url');
  await createAdmin(server, 'admin', password);
  const staff = await staffLogin(client, server.base, 'admin', password);
  const tokens = new Map<string, string>();
  for (let i = 0; i < viaApiCount; i++) {
    tokens.set(ids[i] as string, await enrolKioskViaApi(client, staff, ids[i] as string, siteOf(i)));
  }
  // The rest directly in SQLite: the enrolment API is limited to 10 per minute per address.
  const direct = insertEnrolledKiosks(server.dbFile, ids.slice(viaApiCount).map((kioskId, j) => ({ kioskId, siteName: siteOf(j + viaApiCount) })));
  for (const [id, token] of direct) tokens.set(id, token);
  return tokens;
}

async function main(): Promise<number> {
  console.log(`bench/fleet — ${kioskCount} kiosks, a heartbeat every ${beatIntervalMs / 1000} s each, a PUT on 1 beat in ${putEveryBeats}, for ${runMs / 1000} s`);
  console.log(loadAverageLine('start'));
  const watchdog = armWatchdog(watchdogMs);

  // The schedule is fixed before anything starts: 6 beats per kiosk, phases spread evenly.
  const random = mulberry32(5_000_500);
  const plan: Array<{ at: number; kioskIndex: number; put: boolean }> = [];
  for (let k = 0; k < kioskCount; k++) {
    const phase = (k * beatIntervalMs) / kioskCount + random() * 5;
    for (let n = 0; phase + n * beatIntervalMs < runMs; n++) plan.push({ at: phase + n * beatIntervalMs, kioskIndex: k, put: (k + n) % putEveryBeats === 0 });
  }
  plan.sort((a, b) => a.at - b.at);
  const putCount = plan.filter((p) => p.put).length;
  const encryptStart = performance.now();
  const submissions = await makeSubmissions(putCount, 20261126, 'kiosk');
  console.log(`schedule: ${plan.length} heartbeats and ${putCount} PUTs; ${putCount} submissions encrypted in ${fmtMs(performance.now() - encryptStart)} (not timed)`);

  const server = await startBenchServer();
  watchdog.guard(server);
  const client = new HttpClient(server.base, maxInFlight);
  const results: boolean[] = [];
  try {
    console.log(`server: ${server.base} (built server, SQLite in ${server.dataDir})`);
    const setupStart = performance.now();
    const tokens = await enrolFleet(server, client);
    console.log(`enrolled ${tokens.size} kiosks (${viaApiCount} via the staff and enrol API, ${tokens.size - viaApiCount} written to SQLite) in ${fmtMs(performance.now() - setupStart)}`);

    const startedAt = new Date().toISOString();
    const kiosks: Kiosk[] = [...tokens].map(([id, deviceToken], i) => ({
      id,
      deviceToken,
      usage: 30_000_000 + Math.floor(random() * 90_000_000),
      quota: 9_000_000_000 + Math.floor(random() * 2_000_000_000),
      onlineSince: startedAt,
      offlineEvents: i % 7 === 0 ? 1 : 0,
      ...(i % 50 === 7 ? { lastError: 'NotAllowedError: play() failed because the user didn\'t interact with the document first.' } : {}),
    }));
    let nextSubmission = 0;
    const beats: Beat[] = plan.map((p) => ({ at: p.at, kiosk: kiosks[p.kioskIndex] as Kiosk, ...(p.put ? { put: submissions[nextSubmission++] as Submission } : {}) }));

    // ---- The run ---------------------------------------------------------------------
    const latency = { heartbeat: new Latencies(), put: new Latencies() };
    const lag = new Latencies();
    /** [sent at (ms into the run), latency] of every request, for the timeline. */
    const timeline: Array<[number, number]> = [];
    const errors = new Map<string, number>();
    const counts = { heartbeat: 0, put: 0 };
    let firstError: string | undefined;
    const noteError = (task: Task, result: HttpResult) => {
      const key = `${task.kind} ${result.status === 0 ? `network (${result.error ?? '?'})` : result.status}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      firstError ??= `${task.kind} ${task.kiosk.id}: ${result.status} ${result.error ?? result.body.slice(0, 200)}`;
    };

    const queue: Task[] = [];
    let queueHead = 0;
    let inFlight = 0;
    let dispatched = 0;
    let completed = 0;
    let nextBeat = 0;
    const totalTasks = beats.length + putCount;
    const t0 = performance.now();
    const hardStop = t0 + runMs + drainMs;
    const serverCpuBefore = server.cpuMs();
    const clientCpuBefore = process.cpuUsage();

    const run = async (task: Task) => {
      lag.record(performance.now() - t0 - task.at);
      const result =
        task.kind === 'heartbeat'
          ? await client.send({
              method: 'POST',
              path: '/api/kiosks/heartbeat',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${task.kiosk.deviceToken}` },
              body: heartbeatBody(task.kiosk, task.put ? 1 : 0),
              timeoutMs: requestTimeoutMs,
            })
          : await client.send({
              method: 'PUT',
              path: (task.put as Submission).path,
              headers: { 'content-type': 'application/json' },
              body: (task.put as Submission).body,
              timeoutMs: requestTimeoutMs,
            });
      counts[task.kind]++;
      latency[task.kind].record(result.ms);
      timeline.push([performance.now() - t0 - result.ms, result.ms]);
      const expected = task.kind === 'heartbeat' ? 200 : 201;
      if (result.status < 200 || result.status > 299) noteError(task, result);
      else if (result.status !== expected) noteError(task, { ...result, error: `expected ${expected}` });
    };

    await new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const pump = () => {
        while (inFlight < maxInFlight && queueHead < queue.length && performance.now() < hardStop) {
          const task = queue[queueHead++] as Task;
          inFlight++;
          dispatched++;
          void run(task).finally(() => {
            inFlight--;
            completed++;
            pump();
          });
        }
        const allDone = completed === totalTasks || (performance.now() >= hardStop && inFlight === 0);
        if (allDone) {
          if (timer) clearTimeout(timer);
          resolve();
        }
      };
      const tick = () => {
        const now = performance.now() - t0;
        while (nextBeat < beats.length && (beats[nextBeat] as Beat).at <= now) {
          const beat = beats[nextBeat++] as Beat;
          queue.push({ kind: 'heartbeat', at: beat.at, kiosk: beat.kiosk, ...(beat.put ? { put: beat.put } : {}) });
          if (beat.put) queue.push({ kind: 'put', at: beat.at, kiosk: beat.kiosk, put: beat.put });
        }
        pump();
        if (performance.now() >= hardStop) {
          // Bounded: whatever has not started by now is abandoned and counted below.
          timer = undefined;
          if (inFlight === 0) resolve();
          return;
        }
        const next = beats[nextBeat];
        if (next) timer = setTimeout(tick, Math.max(0, next.at - (performance.now() - t0)));
        else if (completed < totalTasks) timer = setTimeout(tick, 50);
      };
      tick();
    });
    const wallMs = performance.now() - t0;
    const serverCpu = cpuDelta(serverCpuBefore, server.cpuMs());
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const notRun = totalTasks - dispatched;

    // ---- Report ----------------------------------------------------------------------
    const totalRequests = counts.heartbeat + counts.put;
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0) + notRun;
    const hb = latency.heartbeat.summary();
    const put = latency.put.summary();
    const lagSummary = lag.summary();
    console.log('');
    console.log(`run: ${fmtMs(wallMs)} wall; ${totalRequests} requests completed (${counts.heartbeat} heartbeats, ${counts.put} PUTs) of ${totalTasks} scheduled; ${notRun} never started`);
    console.log(`     ${((totalRequests / wallMs) * 1000).toFixed(0)} requests/s on average, at most ${maxInFlight} in flight`);
    console.log(`errors: ${errorCount}${errors.size ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ''}${firstError ? `; first: ${firstError}` : ''}`);
    console.log(`heartbeat latency: ${formatSummary(hb)}`);
    console.log(`PUT latency:       ${formatSummary(put)}`);
    console.log(`lag (scheduled → sent, client queue): p50 ${fmtMs(lagSummary.p50)}  p99 ${fmtMs(lagSummary.p99)}  max ${fmtMs(lagSummary.max)}`);
    // Slow requests cluster in time when the server's event loop stalls (a synchronous
    // SQLite commit or checkpoint waiting on the disk); a steady overload would spread them.
    const buckets = Array.from({ length: Math.ceil(runMs / beatIntervalMs) + Math.ceil(drainMs / beatIntervalMs) }, () => new Latencies());
    for (const [at, ms] of timeline) buckets[Math.min(buckets.length - 1, Math.max(0, Math.floor(at / beatIntervalMs)))]?.record(ms);
    console.log(`timeline (all requests, by ${beatIntervalMs / 1000} s of sending time): ${buckets
      .map((b, i) => ({ b: b.summary(), i }))
      .filter(({ b }) => b.count > 0)
      .map(({ b, i }) => `${(i * beatIntervalMs) / 1000}-${((i + 1) * beatIntervalMs) / 1000} s n=${b.count} p99 ${fmtMs(b.p99)} max ${fmtMs(b.max)}`)
      .join(' | ')}`);
    const slow = timeline.filter(([, ms]) => ms >= target.p99Ms).map(([at]) => Math.floor(at / 100));
    console.log(`requests ≥ ${target.p99Ms} ms: ${slow.length}, sent within ${new Set(slow).size} distinct 100-ms slots`);
    const cpu = [cpuShare('server', serverCpu, wallMs), cpuShare('bench client', (clientCpu.user + clientCpu.system) / 1000, wallMs)].filter(Boolean).join('; ');
    if (cpu) console.log(cpu);

    results.push(verdict('errors', errorCount === target.errors, `${errorCount} (target ${target.errors})`));
    results.push(verdict('heartbeat p99', hb.count > 0 && hb.p99 < target.p99Ms, `${fmtMs(hb.p99)} (target < ${target.p99Ms} ms)`));
    results.push(verdict('PUT p99', put.count > 0 && put.p99 < target.p99Ms, `${fmtMs(put.p99)} (target < ${target.p99Ms} ms)`));

    const db = openReadOnly(server.dbFile);
    try {
      const seen = (db.prepare('SELECT count(*) AS n FROM kiosks WHERE last_seen_at IS NOT NULL AND revoked_at IS NULL').get() as { n: number }).n;
      const stored = (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
      const created = put.count - [...errors].filter(([key]) => key.startsWith('put')).reduce((a, [, n]) => a + n, 0);
      // A PUT that timed out on the client may still have been stored: between the 201s and all PUTs sent.
      results.push(
        verdict(
          'server state',
          seen === kioskCount && stored >= created && stored <= counts.put,
          `${seen}/${kioskCount} kiosks have reported; ${stored} submissions stored, ${created} of ${counts.put} PUTs answered 201`,
        ),
      );
    } finally {
      db.close();
    }
  } finally {
    client.close();
    watchdog.disarm();
    await server.stop();
  }
  return benchVerdict(results);
}

runBench('bench/fleet', main);

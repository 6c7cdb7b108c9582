/**
 * bench/faults — no submission lost, none duplicated, whatever the network and the server do.
 *
 * N submissions of the `opinion` form (real JWEs) are queued in D in-memory outboxes (one
 * per simulated device) and delivered by the app's own flushOutbox through a loopback
 * fault proxy (support/fault-proxy.ts): connections cut before and after the server
 * commits, 5xx before and after, answers truncated. The server starts without any form
 * (every PUT is 422 unknown_form, as before a form is published there); then it is killed
 * with SIGKILL and restarted on the same SQLite database, knowing the form, again and again. Each device flushes
 * until its outbox is empty (the backoff is skipped: `all`, as after `online`).
 * Then the server's database is read and the table printed:
 *   sent       submissions queued
 *   delivered  the device holds a receipt, and the server has that id under that number
 *   lost       a queued submission the server does not have, or a device gave up on
 *   duplicated a submission stored more than once (the same ciphertext under two ids,
 *              or a row the devices never sent), or a receipt that differs from the server's
 * Exits 1 unless lost = duplicated = 0.
 *   npx tsx bench/faults.ts [--n 1000] [--devices 8] [--restarts 5] [--seed 1]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SubmissionReceipt } from '../contract/api/submissions.ts';
import { flushOutbox, type OutboxItem, type OutboxStore } from '../src/outbox/flush.ts';
import { faults, startFaultProxy, type Fault } from './support/fault-proxy.ts';
import { armWatchdog, makeSubmissions, openReadOnly, runBench, type Submission } from './support/load.ts';
import { restartableServer } from './support/restartable-server.ts';
import { mulberry32 } from '../src/lib/geo/seeded-random.ts';

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), Number(process.argv[i + 1]));
const n = args.get('n') ?? 1_000;
const devices = args.get('devices') ?? 8;
// At least one: the first server does not know the form.
const restarts = Math.max(1, args.get('restarts') ?? 5);
const seed = args.get('seed') ?? 1;
/** Each fault's share of requests; the rest pass. */
const faultShare = 0.08;


/** One device's outbox, in memory; the same contract as the Dexie store. */
function deviceOutbox(items: readonly Submission[]) {
  const rows = new Map<string, OutboxItem & { nextAttemptAt: number }>();
  for (const s of items) rows.set(s.id, { id: s.id, formId: s.formId, ciphertext: s.ciphertext, createdAt: new Date().toISOString(), attempts: 0, nextAttemptAt: 0 });
  const receipts = new Map<string, SubmissionReceipt>();
  const failed = new Set<string>();
  const store: OutboxStore = {
    async due(now, all) {
      return [...rows.values()].filter((row) => (all ? row.nextAttemptAt < Infinity : row.nextAttemptAt <= now));
    },
    async delivered(item, receipt) {
      receipts.set(item.id, receipt);
      rows.delete(item.id);
    },
    async retry(id, attempts, nextAttemptAt) {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, attempts, nextAttemptAt });
    },
    async fail(id) {
      const row = rows.get(id);
      failed.add(id);
      if (row) rows.set(id, { ...row, nextAttemptAt: Infinity });
    },
  };
  return { store, rows, receipts, failed };
}

async function main(): Promise<number> {
  const watchdog = armWatchdog(Math.max(300_000, n * 100));
  console.log(`bench/faults — ${n} submissions from ${devices} devices through a fault proxy, server killed ${restarts} times`);
  const submissions = await makeSubmissions(n, seed, 'kiosk');
  const server = await restartableServer();
  watchdog.guard({ stop: () => server.dispose() });
  const nowhere = mkdtempSync(join(tmpdir(), 'madoguchi-no-forms-'));
  await server.start({ CONTENT_DIR: nowhere, PACKS_DIR: nowhere });
  const random = mulberry32(seed);
  const proxy = await startFaultProxy({
    target: () => server.base,
    choose: (): Fault => {
      const r = random();
      const index = Math.floor(r / faultShare) + 1;
      return index < faults.length ? faults[index]! : 'pass';
    },
  });
  try {
    const outboxes = Array.from({ length: devices }, (_, d) => deviceOutbox(submissions.filter((_, i) => i % devices === d)));
    const fetchVia = (url: string, init: RequestInit) => fetch(`${proxy.url}${url}`, init);
    let done = false;
    const flushing = Promise.all(outboxes.map(async (outbox) => {
      while (outbox.rows.size > outbox.failed.size) {
        await flushOutbox({ store: outbox.store, fetch: fetchVia, lock: (task) => task(), random: () => 0 }, { all: true });
      }
    })).finally(() => { done = true; });

    // The first server refuses every submission (422) for a while: devices must keep them.
    const until = Date.now() + 10_000;
    while ((proxy.upstreamStatuses.get(422) ?? 0) < Math.min(n, devices * 10) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    // Kill and restart the server while the devices deliver, spread over the run.
    let killed = 0;
    while (!done && killed < restarts) {
      await new Promise((r) => setTimeout(r, 300 + random() * 1_200));
      if (done) break;
      await server.kill();
      killed++;
      await new Promise((r) => setTimeout(r, 200 + random() * 500));
      await server.start();
    }
    await flushing;

    const db = openReadOnly(`${server.dataDir}/madoguchi.sqlite`);
    const rows = db.prepare('SELECT id, sha256, receipt_number FROM submissions').all() as Array<{ id: string; sha256: string; receipt_number: string }>;
    db.close();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const sentIds = new Set(submissions.map((s) => s.id));
    const receipts = new Map(outboxes.flatMap((o) => [...o.receipts]));
    let delivered = 0;
    let lost = 0;
    let differing = 0;
    for (const s of submissions) {
      const row = byId.get(s.id);
      const receipt = receipts.get(s.id);
      if (!row || !receipt) lost++;
      else if (row.receipt_number !== receipt.receiptNumber) differing++;
      else delivered++;
    }
    const extraRows = rows.filter((row) => !sentIds.has(row.id)).length;
    const sameBytesTwice = rows.length - new Set(rows.map((row) => row.sha256)).size;
    const duplicated = extraRows + sameBytesTwice + differing;
    const requests = Object.values(proxy.counts).reduce((a, b) => a + b, 0) - proxy.counts['server-down'];

    console.log('');
    console.log('| sent | delivered | lost | duplicated | requests | server kills |');
    console.log('|---:|---:|---:|---:|---:|---:|');
    console.log(`| ${n} | ${delivered} | ${lost} | ${duplicated} | ${requests} | ${killed} |`);
    console.log('');
    console.log(`faults met: ${Object.entries(proxy.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`server answers: ${[...proxy.upstreamStatuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status} × ${count}`).join(', ')}`);
    const pass = lost === 0 && duplicated === 0 && delivered === n;
    console.log(pass ? 'PASS: 0 lost, 0 duplicated' : 'FAIL: see the table');
    return pass ? 0 : 1;
  } finally {
    await proxy.close();
    await server.dispose();
    rmSync(nowhere, { recursive: true, force: true });
    watchdog.disarm();
  }
}

runBench('bench/faults', main);

/**
 * bench/search — offline search over a synthetic 10,000-document pack.
 * Builds the shards and the guides' per-document segments, then measures what a
 * kiosk feels: loading every index into the engine, the guides assembled from their
 * segments (median of 5), and the wall-clock latency of 1,000 mixed queries on a
 * freshly loaded engine (the JIT warmed on another). Fails if p95 > 20 ms per
 * query or loading > 500 ms. Then, for information, assembling a guides index alone
 * from 1,000 and 10,000 segments. CPU times and the load average are printed too:
 * on a busy machine wall time grows with the queue, CPU time does not.
 *   npx tsx bench/search.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { SearchKind } from '../src/lib/content/pack-types.ts';
import { buildSearchIndexes } from '../src/lib/search/build-index.ts';
import { miniSearchOptions } from '../src/lib/search/options.ts';
import { SearchEngine } from '../src/lib/search/search-engine.ts';
import { assembleSegments, type SegmentEntry } from '../src/lib/search/segments.ts';
import { decodeShard, type CompactShard } from '../src/lib/search/shard-format.ts';
import { segmentEntries, syntheticGuideSegments } from './support/guide-segments.ts';
import { generateDocs, generateQueries, type QueryType } from './support/search-corpus.ts';

const targets = { p95Ms: 20, loadMs: 500 };
const documentCount = 10_000;
const queryCount = 1_000;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(11);

const docs = generateDocs(documentCount);
const english = docs.filter((d) => d.lang === 'en').length;
const started = performance.now();
const { shards, segments } = buildSearchIndexes(docs);
const buildMs = performance.now() - started;
const guides = segmentEntries(segments);

console.log(`search bench: ${documentCount} documents (${documentCount - english} ja, ${english} en), built in ${buildMs.toFixed(0)} ms`);
console.log('\nshard            docs         raw        gzip');
let raw = 0;
let gzip = 0;
for (const [kind, json] of shards) {
  const bytes = Buffer.byteLength(json);
  const zipped = gzipSync(json, { level: 9 }).length;
  raw += bytes;
  gzip += zipped;
  console.log(`${kind.padEnd(12)} ${String(docs.filter((d) => d.kind === kind).length).padStart(8)} ${kb(bytes)} ${kb(zipped)}`);
}
// Each guide's segment travels inside its own file, compressed on its own.
let segmentRaw = 0;
let segmentGzip = 0;
for (const { segment } of guides) {
  const json = JSON.stringify(segment);
  segmentRaw += Buffer.byteLength(json);
  segmentGzip += gzipSync(json, { level: 9 }).length;
}
raw += segmentRaw;
gzip += segmentGzip;
console.log(`${'guides*'.padEnd(12)} ${String(guides.length).padStart(8)} ${kb(segmentRaw)} ${kb(segmentGzip)}   * one segment per guide file, gzip per file`);
console.log(`${'total'.padEnd(12)} ${String(documentCount).padStart(8)} ${kb(raw)} ${kb(gzip)}   (${raw} / ${gzip} bytes)`);

function loadAll(): SearchEngine {
  const engine = new SearchEngine();
  const load = (kind: SearchKind, shard: Parameters<SearchEngine['load']>[1]) => {
    const loaded = engine.load(kind, shard);
    if (!loaded.ok || loaded.value.skipped.length > 0) throw new Error(`shard ${kind} did not load: ${JSON.stringify(loaded)}`);
  };
  for (const [kind, json] of shards) load(kind, json);
  load('guides', { segments: guides });
  return engine;
}
const time = (run: () => unknown) => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};
/** CPU time of this process (all its threads) over `run`: context when the machine is busy. */
const cpuTime = (run: () => unknown) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

// For comparison only: the same indexes as MiniSearch's own JSON, through loadJSON.
const miniSearchJson = new Map<SearchKind, string>();
for (const [kind, json] of shards) {
  miniSearchJson.set(kind, JSON.stringify(decodeShard(JSON.parse(json) as CompactShard, miniSearchOptions)));
}
miniSearchJson.set('guides', JSON.stringify(assembleSegments(guides).index));
const loadTimes: number[] = [];
const loadCpuTimes: number[] = [];
const loadJsonTimes: number[] = [];
for (let run = 0; run < 5; run++) {
  loadTimes.push(time(loadAll));
  loadCpuTimes.push(cpuTime(loadAll));
  loadJsonTimes.push(time(() => [...miniSearchJson.values()].map((json) => MiniSearch.loadJSON(json, miniSearchOptions))));
}
const loadMs = median(loadTimes);
const jsonBytes = [...miniSearchJson.values()].reduce((sum, json) => sum + Buffer.byteLength(json), 0);
miniSearchJson.clear();

// Warm the JIT on another engine, so the measured one still decodes its postings
// on first use, as a freshly started worker does.
const queries = generateQueries(queryCount + 100);
const warm = loadAll();
for (const q of queries.slice(0, 100)) warm.search(q.text, { limit: 20 });
const engine = loadAll();
const timed = queries.slice(100).map((q) => {
  const lang = q.type.startsWith('en') ? 'en' : 'ja';
  const before = process.cpuUsage();
  const t0 = performance.now();
  const hits = engine.search(q.text, { lang, limit: 20 });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(before);
  return { ...q, ms: wall, cpuMs: (cpu.user + cpu.system) / 1000, found: hits.length > 0 };
});

console.log('\nqueries          count       p50        p95        p99        max    cpu p95   found');
const row = (label: string, rows: typeof timed) => {
  const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
  const cpu = rows.map((r) => r.cpuMs).sort((a, b) => a - b);
  const found = rows.filter((r) => r.found).length / rows.length;
  console.log(`${label.padEnd(14)} ${String(rows.length).padStart(7)} ${ms(quantile(sorted, 0.5))} ${ms(quantile(sorted, 0.95))} ${ms(quantile(sorted, 0.99))} ${ms(sorted.at(-1) ?? NaN)} ${ms(quantile(cpu, 0.95))} ${(100 * found).toFixed(0).padStart(6)} %`);
  return sorted;
};
for (const type of ['ja word', 'ja two words', 'kana reading', 'en word', 'en typo'] satisfies QueryType[]) {
  row(type, timed.filter((r) => r.type === type));
}
const all = row('all', timed);
const p95 = quantile(all, 0.95);

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const loadOk = loadMs <= targets.loadMs;
const queryOk = p95 <= targets.p95Ms;
console.log(`\nfor comparison, MiniSearch's own JSON: ${kb(jsonBytes).trim()} raw, loadJSON median ${median(loadJsonTimes).toFixed(0)} ms`);
console.log(`load average while running: ${loadavg().map((n) => n.toFixed(1)).join(' ')} (${cpus().length} CPUs); load CPU time median ${median(loadCpuTimes).toFixed(0)} ms`);
console.log(`\nload all shards (median of 5) ${ms(loadMs)}   target ≤ ${targets.loadMs} ms   ${verdict(loadOk)}`);
console.log(`query p95                     ${ms(p95)}   target ≤ ${targets.p95Ms} ms    ${verdict(queryOk)}`);
if (!loadOk || !queryOk) {
  console.error('FAIL: search is over its budget');
  process.exitCode = 1;
}

/**
 * Assembling a guides index alone (median of 5): checking the segments and recording
 * which documents hold each term, then decoding every term as if all were searched,
 * which a kiosk never does at once (terms decode on first use).
 */
function assembly(entries: SegmentEntry[]): { assembleMs: number; everyTermMs: number; postings: number } {
  const assembles: number[] = [];
  const everyTerm: number[] = [];
  let postings = 0;
  for (let run = 0; run < 5; run++) {
    let index: ReturnType<typeof assembleSegments>['index'] | undefined;
    assembles.push(time(() => { index = assembleSegments(entries).index; }));
    everyTerm.push(time(() => { postings = countPostings(index); }));
  }
  return { assembleMs: median(assembles), everyTermMs: median(everyTerm), postings };
}
function countPostings(index: unknown): number {
  let count = 0;
  for (const [, byField] of (index as { _index: Map<string, Map<number, Map<number, number>>> })._index) {
    for (const postings of byField.values()) count += postings.size;
  }
  return count;
}
console.log('\nguides index assembled from segments (median of 5)');
console.log('segments     postings   assemble  + decode every term');
for (const count of [1_000, 10_000]) {
  const { assembleMs, everyTermMs, postings } = assembly(syntheticGuideSegments(count));
  console.log(`${String(count).padStart(8)} ${String(postings).padStart(12)} ${ms(assembleMs)} ${ms(everyTermMs)}`);
}

/**
 * bench/nearest — "the 5 nearest sites for this hazard" on a synthetic city.
 * 10,000 sites spread over the Iwaki box with random hazard flags (seeded), 10,000 queries
 * at random points, each for a random hazard, k = 5. Prints the index build time, the
 * per-query wall-clock p50/p95/p99, the same for a brute force (haversine to every
 * designated site, then sort) for comparison, and checks that both return the same sites.
 * The brute force runs on every 10th query only: all 10,000 would take minutes.
 * PASS if p95 ≤ 5 ms per query (a kiosk answering as the finger lifts); exits 1 on FAIL.
 *   npx tsx bench/nearest.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { hazards, type Hazard } from '../src/lib/content/pack-types.ts';
import { haversineMeters, type LatLng } from '../src/lib/geo/distance.ts';
import { iwakiBounds } from '../src/lib/geo/iwaki-bounds.ts';
import { mulberry32 } from '../src/lib/geo/seeded-random.ts';
import { createSiteIndex, nearestSitesForHazard } from '../src/lib/geo/site-index.ts';

const target = { p95Ms: 5 };
const siteCount = 10_000;
const queryCount = 10_000;
const bruteEvery = 10;
const k = 5;
/** Share of sites designated per hazard, roughly as in real data: almost all for earthquake, almost none for volcano. */
const designatedShare: Record<Hazard, number> = {
  flood: 0.5, landslide: 0.7, 'storm-surge': 0.8, earthquake: 0.98, tsunami: 0.6, 'large-fire': 0.95, 'inland-flooding': 0.6, volcano: 0.01,
};

interface Site extends LatLng {
  id: number;
  hazards: Hazard[];
}

const random = mulberry32(20261125);
const inBox = (): LatLng => ({
  lat: iwakiBounds.south + random() * (iwakiBounds.north - iwakiBounds.south),
  lng: iwakiBounds.west + random() * (iwakiBounds.east - iwakiBounds.west),
});
const sites: Site[] = Array.from({ length: siteCount }, (_, id) => ({ id, ...inBox(), hazards: hazards.filter((h) => random() < designatedShare[h]) }));
const queries = Array.from({ length: queryCount }, () => ({ here: inBox(), hazard: hazards[Math.floor(random() * hazards.length)] ?? 'tsunami' }));

function bruteForce(here: LatLng, hazard: Hazard): number[] {
  return sites
    .filter((s) => s.hazards.includes(hazard))
    .map((s) => ({ id: s.id, meters: haversineMeters(here, s) }))
    .sort((a, b) => a.meters - b.meters || a.id - b.id)
    .slice(0, k)
    .map((r) => r.id);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(3)} ms`.padStart(11);
function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`${label.padEnd(12)} p50 ${ms(quantile(sorted, 0.5))}  p95 ${ms(quantile(sorted, 0.95))}  p99 ${ms(quantile(sorted, 0.99))}  max ${ms(sorted.at(-1) ?? NaN)}  total ${ms(total)}`);
  return { p95: quantile(sorted, 0.95), total };
}

console.log(`nearest bench: ${siteCount} sites, ${queryCount} queries with a hazard filter, k = ${k}`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);

const build = timed(() => createSiteIndex(sites));
console.log(`index built in ${build.ms.toFixed(1)} ms`);

const indexTimes: number[] = [];
const indexResults: number[][] = [];
for (const { here, hazard } of queries) {
  const { value, ms: took } = timed(() => nearestSitesForHazard(build.value, here, hazard, k));
  indexTimes.push(took);
  indexResults.push(value.map((r) => r.site.id));
}
const bruteTimes: number[] = [];
let mismatches = 0;
queries.forEach(({ here, hazard }, i) => {
  if (i % bruteEvery !== 0) return;
  const { value, ms: took } = timed(() => bruteForce(here, hazard));
  bruteTimes.push(took);
  if (value.join() !== indexResults[i]?.join()) mismatches += 1;
});

console.log('\nper query, wall clock (includes the first, cold queries)');
const index = summary('k-d index', indexTimes);
const brute = summary('brute force', bruteTimes);
const perQuery = (total: number, n: number) => total / n;
const speedup = perQuery(brute.total, bruteTimes.length) / perQuery(index.total, indexTimes.length);
console.log(`(brute force on ${bruteTimes.length} of the queries)`);
console.log(`\nthe index is ${speedup.toFixed(0)}× faster than brute force per query on average; results differ on ${mismatches} of ${bruteTimes.length} compared`);

const pass = index.p95 <= target.p95Ms && mismatches === 0;
console.log(`${pass ? 'PASS' : 'FAIL'}: p95 ${index.p95.toFixed(3)} ms (target ≤ ${target.p95Ms} ms)${mismatches ? `, ${mismatches} results differ from brute force` : ''}`);
process.exitCode = pass ? 0 : 1;

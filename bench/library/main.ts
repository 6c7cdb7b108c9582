/**
 * bench/library — the library catalogue at 200,000 records (issue 20's targets: search
 * p95 ≤ 30 ms on SQLite and on PostgreSQL; import ≤ 60 s).
 *
 * For each database (SQLite in a temp dir; PostgreSQL in a fresh schema when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set): generate the sample catalogue, import it
 * through the same replaceCatalogue the CLI uses (timed), then run a mix of citizen
 * queries straight against searchCatalogue (readings in hiragana and katakana, kanji,
 * authors, ISBN-10/13, Latin with a typo, one- and two-character queries, filters),
 * each query 5 times after a warm-up, and print p50/p95/max per kind and overall.
 *   npx tsx bench/library/main.ts [records]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../../server/src/db/open.ts';
import { replaceCatalogue } from '../../server/src/library/import-catalogue.ts';
import { sampleCatalogue } from '../../server/src/library/sample-catalogue.ts';
import { searchCatalogue } from '../../server/src/library/search-catalogue.ts';
import type { CatalogueQuery } from '../../server/src/library/search-catalogue.ts';

const SIZE = Number(process.argv[2] ?? 200_000);
const RUNS = 5;

const QUERIES: { kind: string; query: CatalogueQuery }[] = [
  ...['ぎんがてつどう', 'ほしのぼうさい', 'オナハマ', 'ねこのとけい', 'はじめてのうちゅう', 'ゆきとさくら', 'しずかなみなと', 'わがはいはねこ'].map((q) => ({ kind: 'reading', query: { q } })),
  ...['銀河鉄道', '猫の時計', '小名浜', '恐竜図鑑', '灯台の記憶', '商店街'].map((q) => ({ kind: 'kanji', query: { q } })),
  ...['宮沢賢治', 'さとうようこ', 'くさのしんぺい', '猪狩 和子'].map((q) => ({ kind: 'author', query: { q } })),
  ...['4-00-000001-2', '978-4-00-012345-6', '9784000199995'].map((q) => ({ kind: 'isbn', query: { q } })),
  ...['harry poter', 'rowlnig', 'potter stone'].map((q) => ({ kind: 'latin+typo', query: { q } })),
  ...['猫', 'の', 'ほし', '図鑑'].map((q) => ({ kind: 'short', query: { q } })),
  { kind: 'filtered', query: { q: 'いわき', branch: 'yotsukura', available: true } },
  { kind: 'filtered', query: { q: 'ずかん', ndc: '4' } },
  { kind: 'filtered', query: { q: 'ほし', branch: 'nakoso', offset: 20 } },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function run(label: string, dataDir: string, databaseUrl: string | undefined): Promise<boolean> {
  const opened = await openDatabase({ dataDir, databaseUrl });
  try {
    const records = sampleCatalogue(SIZE);
    const started = performance.now();
    await replaceCatalogue(opened.db, opened.dialect, records, { progressEvery: 50_000, onProgress: ({ written, total }) => process.stdout.write(`  ${label}: imported ${written} / ${total}\n`) });
    const importSeconds = (performance.now() - started) / 1000;
    const byKind = new Map<string, number[]>();
    for (const { query } of QUERIES) await searchCatalogue(opened.db, opened.dialect, query); // warm-up
    for (const { kind, query } of QUERIES) {
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await searchCatalogue(opened.db, opened.dialect, query);
        const list = byKind.get(kind) ?? [];
        list.push(performance.now() - t);
        byKind.set(kind, list);
      }
    }
    const all = [...byKind.values()].flat();
    console.log(`\n${label}: ${SIZE} records imported in ${importSeconds.toFixed(1)} s (target ≤ 60 s)`);
    // Wall-clock figures on a shared machine: the load says how far to trust them.
    console.log(`  load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
    console.log('  kind          p50 ms   p95 ms   max ms');
    for (const [kind, times] of byKind) {
      console.log(`  ${kind.padEnd(12)} ${percentile(times, 50).toFixed(1).padStart(7)}  ${percentile(times, 95).toFixed(1).padStart(7)}  ${Math.max(...times).toFixed(1).padStart(7)}`);
    }
    const p95 = percentile(all, 95);
    console.log(`  ${'all'.padEnd(12)} ${percentile(all, 50).toFixed(1).padStart(7)}  ${p95.toFixed(1).padStart(7)}  ${Math.max(...all).toFixed(1).padStart(7)}   (target p95 ≤ 30 ms)`);
    return p95 <= 30 && importSeconds <= 60;
  } finally {
    await opened.close();
  }
}

async function main(): Promise<void> {
  const results: boolean[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bench-library-'));
  try {
    results.push(await run('SQLite', dir, undefined));
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (url) {
      const schema = `bench_library_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema "${schema}"`);
      try {
        const scoped = new URL(url);
        scoped.searchParams.set('options', `-c search_path=${schema}`);
        results.push(await run('PostgreSQL', dir, scoped.toString()));
      } finally {
        await admin.query(`drop schema "${schema}" cascade`);
        await admin.end();
      }
    } else {
      console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(results.every(Boolean) ? '\nPASS' : '\nFAIL: a target above is missed');
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

void main();

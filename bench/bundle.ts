/**
 * bench/bundle — the JS and CSS a first visit must download before the first
 * screen (home) can render, from Vite's build manifest: the entry chunk and its
 * static imports, the home route's chunk and its static imports, and the strings
 * of the start language (Japanese) with their furigana (scripts/budgets/initial-js.ts). Anything imported later (database, content
 * sync, fonts, other screens) is listed separately. Fails over the 60 KB gzip JS budget.
 *   npm run build && npm run bench:bundle
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstScreenFiles, readBuildManifest, staticClosure, firstScreenModules } from '../scripts/budgets/initial-js.ts';
import { budgets } from '../scripts/budgets/budgets.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = readBuildManifest(dist);
const budgetJsGzip = budgets.initialJsGzip;
const firstScreen = staticClosure(manifest, firstScreenModules);
const rows = firstScreenFiles(dist, manifest);

const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(6)} KB`;
console.log('bench/bundle — first screen (home), first visit');
for (const r of rows) console.log(`  ${r.kind.padEnd(3)} ${kb(r.gzip)} gzip ${kb(r.raw)} raw  ${r.file}`);
const js = rows.filter((r) => r.kind === 'js').reduce((s, r) => s + r.gzip, 0);
const css = rows.filter((r) => r.kind === 'css').reduce((s, r) => s + r.gzip, 0);
console.log(`initial JS  ${kb(js)} gzip — budget ${kb(budgetJsGzip)} (${((100 * js) / budgetJsGzip).toFixed(0)} %)`);
console.log(`initial CSS ${kb(css)} gzip`);

const later = Object.entries(manifest)
  .filter(([key, c]) => !firstScreen.has(key) && c.file.endsWith('.js'))
  .map(([, c]) => ({ file: c.file, gzip: gzipSync(readFileSync(join(dist, c.file)), { level: 9 }).length }))
  .sort((a, b) => b.gzip - a.gzip)
  .slice(0, 6);
console.log('largest chunks loaded later:');
for (const c of later) console.log(`      ${kb(c.gzip)} gzip  ${c.file}`);

if (js > budgetJsGzip) {
  console.error('FAIL: initial JS is over budget');
  process.exitCode = 1;
} else {
  console.log('PASS');
}

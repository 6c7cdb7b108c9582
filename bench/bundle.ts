/**
 * bench/bundle — the JS and CSS a first visit must download before the first
 * screen (home) can render, from Vite's build manifest: the entry chunk and its
 * static imports, the home route's chunk and its static imports, and the strings
 * of the start language (Japanese). Anything imported later (database, content
 * sync, fonts, other screens) is listed separately. Fails over the 60 KB gzip JS budget.
 *   npm run build && npm run bench:bundle
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; isEntry?: boolean }
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const budgetJsGzip = 60 * 1024;

function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key]!.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

const firstScreen = closure(['index.html', 'src/features/home/home-screen.tsx', 'src/locales/ja/common.json']);
const files = new Map<string, 'js' | 'css'>();
for (const key of firstScreen) {
  const chunk = manifest[key]!;
  files.set(chunk.file, 'js');
  for (const css of chunk.css ?? []) files.set(css, 'css');
}

const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(6)} KB`;
const rows = [...files].map(([file, kind]) => {
  const bytes = readFileSync(join(dist, file));
  return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}).sort((a, b) => b.gzip - a.gzip);

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

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { precompressTree } from './compress.ts';

/**
 * `tsx scripts/precompress/main.ts <dir>…`: brotli and gzip copies of the built app's
 * text files, which the server sends to browsers that accept them (most of the app is
 * JavaScript and JSON that shrinks to a fifth). Run by `npm run build` after Vite.
 */
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: precompress <dir>…');
  process.exit(2);
}
for (const dir of dirs) {
  const start = performance.now();
  const files = await precompressTree(resolve(dir));
  console.log(`precompress: ${files} files in ${dir} compressed in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressTree } from './compress.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'precompress-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const exists = (path: string) => stat(path).then(() => true, () => false);
const guide = JSON.stringify({ title: '住民票の写しの交付', body: '窓口で申請します。'.repeat(200) });

describe('precompressing a build', () => {
  it('writes brotli and gzip copies that decompress to the original bytes', async () => {
    await writeFile(join(dir, 'guide.json'), guide);
    expect(await precompressTree(dir)).toBe(1);
    expect(brotliDecompressSync(await readFile(join(dir, 'guide.json.br'))).toString()).toBe(guide);
    expect(gunzipSync(await readFile(join(dir, 'guide.json.gz'))).toString()).toBe(guide);
    expect((await stat(join(dir, 'guide.json.br'))).size).toBeLessThan(guide.length / 5);
  });

  it('leaves small files, fonts and images alone', async () => {
    await writeFile(join(dir, 'tiny.json'), 'x'.repeat(MIN_BYTES - 1));
    await writeFile(join(dir, 'font.woff2'), guide);
    await precompressTree(dir);
    expect(await exists(join(dir, 'tiny.json.br'))).toBe(false);
    expect(await exists(join(dir, 'font.woff2.br'))).toBe(false);
  });

  it('redoes a copy only when its original is newer', async () => {
    await writeFile(join(dir, 'app.js'), guide);
    await precompressTree(dir);
    expect(await precompressTree(dir)).toBe(0);
    await writeFile(join(dir, 'app.js'), `${guide}// changed`);
    const later = new Date(Date.now() + 5_000);
    await utimes(join(dir, 'app.js'), later, later);
    expect(await precompressTree(dir)).toBe(1);
    expect(brotliDecompressSync(await readFile(join(dir, 'app.js.br'))).toString()).toBe(`${guide}// changed`);
  });
});

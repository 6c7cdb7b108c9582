import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats only: fonts (WOFF2) and PNGs are compressed already. */
export const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.map']);
/** Below this a compressed copy saves less than its own headers cost. */
export const MIN_BYTES = 1024;

export interface CompressedCopies {
  br: Buffer;
  gz: Buffer;
}

export async function compressCopies(bytes: Uint8Array): Promise<CompressedCopies> {
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  return { br, gz };
}

/**
 * Writes `<file>.br` and `<file>.gz` next to `file` (the server sends them with
 * Content-Encoding to clients that accept them), each through a temporary name so a
 * reader never gets half a file. A copy that would not be smaller is not written.
 */
export async function writeCompressedCopies(file: string, bytes?: Uint8Array): Promise<number> {
  const original = bytes ?? (await readFile(file));
  if (original.length < MIN_BYTES) return 0;
  const copies = await compressCopies(original);
  let written = 0;
  for (const [suffix, data] of [['.br', copies.br], ['.gz', copies.gz]] as const) {
    if (data.length >= original.length) continue;
    await writeFile(`${file}${suffix}.tmp`, data);
    await rename(`${file}${suffix}.tmp`, `${file}${suffix}`);
    written += data.length;
  }
  return written;
}

/** Every compressible file under `dir` that lacks current copies gets them; returns how many got copies. */
export async function precompressTree(dir: string, skip: (name: string) => boolean = () => false): Promise<number> {
  let done = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || skip(entry.name) || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    if (await isFresh(file)) continue;
    if ((await writeCompressedCopies(file)) > 0) done++;
  }
  return done;
}

/** A copy newer than its original is current (builds rewrite originals, never copies alone). */
async function isFresh(file: string): Promise<boolean> {
  try {
    const [original, copy] = await Promise.all([stat(file), stat(`${file}.br`)]);
    return copy.mtimeMs >= original.mtimeMs;
  } catch {
    return false;
  }
}

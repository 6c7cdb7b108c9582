import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { PACK_MANIFEST_FILE, PACK_OBJECTS_DIR, PACK_SIGNATURE_FILE, packObjectFileName } from '../../../contract/pack-layout.ts';
import { join } from 'node:path';
import type { PackManifest } from '../../../src/lib/content/pack-types.ts';
import { parseManifest } from '../../../src/lib/pack/plan.ts';
import { precompressTree } from '../../precompress/compress.ts';
import { sha256Hex } from './sign.ts';
import type { PackFile } from './assemble.ts';

export interface WriteResult {
  /** Logical files whose content differs from the previous pack (or that are new). */
  changed: number;
  /** Logical files of the previous pack that are gone. */
  removed: number;
  /** Object files actually written (content not already in objects/). */
  newObjects: number;
  previousVersion?: string;
}

/**
 * Writes a pack so that a reader never sees half of it:
 *  1. everything is written into a staging folder inside <out> (same file system);
 *  2. new objects are renamed into objects/ — content-addressed, so adding one never
 *     disturbs a client mid-update, and old objects are kept for clients still on the
 *     previous manifest;
 *  3. compressed copies of the objects are written next to them;
 *  4. a copy of the manifest is archived under manifests/<version>.json (for rollbacks);
 *  5. manifest.sig, then manifest.json, are renamed into place last. Each rename is atomic;
 *     a client that reads the new manifest with the old signature in the instant between
 *     the two sees a failed verification and retries.
 * On any failure the staging folder is removed and the previous manifest stays in force.
 */
export async function writePack(
  outDir: string, files: readonly PackFile[], manifest: Uint8Array, signature: string, version: string,
): Promise<WriteResult> {
  await mkdir(join(outDir, PACK_OBJECTS_DIR), { recursive: true });
  const previous = await readPreviousManifest(outDir);
  const staging = await mkdtemp(join(outDir, '.staging-'));
  try {
    const toMove: string[] = [];
    for (const sha of new Set(files.map((f) => f.sha256))) {
      if (await hasObject(outDir, sha)) continue;
      const file = files.find((f) => f.sha256 === sha);
      if (!file) continue;
      await writeFile(join(staging, packObjectFileName(sha)), file.content);
      toMove.push(sha);
    }
    await writeFile(join(staging, PACK_MANIFEST_FILE), manifest);
    await writeFile(join(staging, PACK_SIGNATURE_FILE), `${signature}\n`);
    await writeFile(join(staging, 'archived.json'), manifest);

    for (const sha of toMove) await rename(join(staging, packObjectFileName(sha)), join(outDir, PACK_OBJECTS_DIR, packObjectFileName(sha)));
    // Brotli/gzip copies for the server to send (a delta of 170 KB of JSON is 30 KB on the
    // wire). Also fills in copies an interrupted earlier build left out. The manifest gets
    // none: a copy renamed apart from its original could pair with the wrong signature.
    await precompressTree(join(outDir, PACK_OBJECTS_DIR));
    // Every published manifest is kept: `--rollback-to <version>` republishes one of them.
    await mkdir(join(outDir, 'manifests'), { recursive: true });
    await rename(join(staging, 'archived.json'), archivedManifestPath(outDir, version));
    await rename(join(staging, PACK_SIGNATURE_FILE), join(outDir, PACK_SIGNATURE_FILE));
    await rename(join(staging, PACK_MANIFEST_FILE), join(outDir, PACK_MANIFEST_FILE));
    return { ...compare(previous, files), newObjects: toMove.length, previousVersion: previous?.version };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Where the manifest of a published version is kept. */
export function archivedManifestPath(outDir: string, version: string): string {
  return join(outDir, 'manifests', `${version}.json`);
}

/** An object counts as present only if its bytes still hash to its name. */
export async function hasObject(outDir: string, sha: string): Promise<boolean> {
  try {
    const bytes = await readFile(join(outDir, PACK_OBJECTS_DIR, packObjectFileName(sha)));
    return (await sha256Hex(new Uint8Array(bytes))) === sha;
  } catch {
    return false;
  }
}

async function readPreviousManifest(outDir: string): Promise<PackManifest | undefined> {
  try {
    return parseManifest(await readFile(join(outDir, PACK_MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

function compare(previous: PackManifest | undefined, files: readonly PackFile[]): { changed: number; removed: number } {
  const before = new Map(previous?.files.map((f) => [f.path, f.sha256]) ?? []);
  const now = new Set(files.map((f) => f.path));
  const changed = files.filter((f) => before.get(f.path) !== f.sha256).length;
  const removed = [...before.keys()].filter((path) => !now.has(path)).length;
  return { changed, removed };
}

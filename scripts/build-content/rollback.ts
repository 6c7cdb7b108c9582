import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACK_OBJECTS_DIR, packObjectFileName, type PackManifest } from '../../contract/pack-layout.ts';
import { parseManifest } from '../../src/lib/pack/plan.ts';
import { expiryAfter, manifestBytes, versionStamp, type PackFile } from './pack/assemble.ts';
import { signManifest } from './pack/sign.ts';
import { archivedManifestPath, hasObject, writePack } from './pack/write-pack.ts';

export interface RollbackOptions {
  outDir: string;
  /** The published version whose content comes back. */
  to: string;
  signingKey: () => Promise<CryptoKey>;
  validityDays: number;
  /** The new pack's version; default `<now>-rollback-to-<to>`. */
  version?: string;
  now?: Date;
}

export type RollbackResult = { ok: true; version: string; manifest: PackManifest } | { ok: false; error: string };

/**
 * Republishes an earlier version's content as the current pack. Terminals refuse any
 * manifest signed before their active one, so replaying the old manifest would not
 * work (and must not): this signs the old file list afresh with an explicit rollback
 * marker, issued now. The content keeps its original creation time; the marker is what
 * orders it after the pack it replaces, and it expires like any new pack.
 */
export async function publishRollback(options: RollbackOptions): Promise<RollbackResult> {
  const now = options.now ?? new Date();
  let old: PackManifest | undefined;
  try {
    old = parseManifest(await readFile(archivedManifestPath(options.outDir, options.to), 'utf8'));
  } catch {
    return { ok: false, error: `no published manifest of version ${options.to} in ${join(options.outDir, 'manifests')}` };
  }
  if (!old) return { ok: false, error: `the archived manifest of ${options.to} is malformed` };
  const files: PackFile[] = [];
  for (const entry of old.files) {
    if (!(await hasObject(options.outDir, entry.sha256))) return { ok: false, error: `${entry.path} of ${options.to} is missing from objects/` };
    files.push({ ...entry, content: new Uint8Array(await readFile(join(options.outDir, PACK_OBJECTS_DIR, packObjectFileName(entry.sha256)))) });
  }
  const version = options.version ?? `${versionStamp(now)}-rollback-to-${options.to}`;
  if (!/^[\w.+-]{1,64}$/.test(version)) return { ok: false, error: `version "${version}" is too long or has other characters than letters, digits, . + - _: give one with --version` };
  const manifest: PackManifest = {
    version,
    createdAt: old.createdAt,
    expiresAt: expiryAfter(now, options.validityDays),
    rollback: { to: old.version, issuedAt: now.toISOString() },
    files: old.files,
  };
  const { files: _, ...head } = manifest;
  const bytes = manifestBytes(head, files);
  await writePack(options.outDir, files, bytes, await signManifest(bytes, await options.signingKey()), version);
  return { ok: true, version, manifest };
}

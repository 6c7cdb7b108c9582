import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { PACK_MANIFEST_FILE, PACK_OBJECTS_DIR, PACK_SIGNATURE_FILE, packObjectFileName } from '../../contract/pack-layout';
import { join } from 'node:path';
import { ensurePackSigningKey } from '../../scripts/keys/pack-signing';
import { signManifest } from '../../scripts/build-content/pack/sign';
import type { PackManifest } from '../../src/lib/content/pack-types';

/** The manifest and signature the test server publishes now, as bytes, to put back or replay later. */
export interface PublishedManifest { json: Buffer; sig: Buffer }

export function readPublished(packsDir: string): PublishedManifest {
  return { json: readFileSync(join(packsDir, PACK_MANIFEST_FILE)), sig: readFileSync(join(packsDir, PACK_SIGNATURE_FILE)) };
}

/** Signature first, manifest last, each by rename: as the real build does. */
export function publish(packsDir: string, { json, sig }: PublishedManifest): void {
  writeFileSync(join(packsDir, '.manifest.sig'), sig);
  writeFileSync(join(packsDir, '.manifest.json'), json);
  renameSync(join(packsDir, '.manifest.sig'), join(packsDir, PACK_SIGNATURE_FILE));
  renameSync(join(packsDir, '.manifest.json'), join(packsDir, PACK_MANIFEST_FILE));
}

/**
 * Publishes a manifest derived from the current one and signed with the city's key:
 * what the city's build (or anyone holding its key) could publish. Returns the new
 * manifest and how to put the previous one back (its objects were never removed).
 */
export async function publishResigned(packsDir: string, change: (manifest: PackManifest) => PackManifest): Promise<{ manifest: PackManifest; restore: () => void }> {
  const before = readPublished(packsDir);
  const next = change(JSON.parse(before.json.toString('utf8')) as PackManifest);
  const json = Buffer.from(JSON.stringify(next));
  const key = await ensurePackSigningKey({ log: () => {}, warn: () => {} });
  publish(packsDir, { json, sig: Buffer.from(`${await signManifest(json, key.privateKey)}\n`) });
  return { manifest: next, restore: () => publish(packsDir, before) };
}

/**
 * Publishes, on the test server, a new pack version in which one document was
 * changed after the build and the manifest re-signed with the city's key: what a
 * build that let a mistake through would publish. The signature is valid; only the
 * app's check after the switch can catch it. Signed now, valid for a day. Returns the
 * new version, and how to put the previous manifest back.
 */
export async function publishEditedPack(packsDir: string, path: string, edit: (value: unknown) => unknown): Promise<{ version: string; restore: () => void }> {
  const manifest = JSON.parse(readFileSync(join(packsDir, PACK_MANIFEST_FILE), 'utf8')) as PackManifest;
  const entry = manifest.files.find((f) => f.path === path);
  if (!entry) throw new Error(`${path} is not in the pack`);
  const original = JSON.parse(readFileSync(join(packsDir, PACK_OBJECTS_DIR, packObjectFileName(entry.sha256)), 'utf8')) as unknown;
  const bytes = Buffer.from(JSON.stringify(edit(original)));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(packsDir, PACK_OBJECTS_DIR, packObjectFileName(sha256)), bytes);
  const now = Date.now();
  const published = await publishResigned(packsDir, (m) => ({
    version: `${m.version}-edited`,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 86_400_000).toISOString(),
    files: m.files.map((f) => (f.path === path ? { path, sha256, bytes: bytes.byteLength } : f)),
  }));
  return { version: published.manifest.version, restore: published.restore };
}

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PACK_MANIFEST_FILE, PACK_SIGNATURE_FILE } from '../../contract/pack-layout';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ensurePackSigningKey } from '../../scripts/keys/pack-signing';
import { signManifest } from '../../scripts/build-content/pack/sign';
import type { PackManifest } from '../../src/lib/content/pack-types';

/**
 * Publishes, on the test server, a new pack version in which one document was
 * changed after the build and the manifest re-signed with the city's key: what a
 * build that let a mistake through would publish. The signature is valid; only the
 * app's check after the switch can catch it. Returns the new version, and how to
 * put the previous manifest back (its objects were never removed).
 */
export async function publishEditedPack(packsDir: string, path: string, edit: (value: unknown) => unknown): Promise<{ version: string; restore: () => void }> {
  const before = { json: readFileSync(join(packsDir, PACK_MANIFEST_FILE)), sig: readFileSync(join(packsDir, PACK_SIGNATURE_FILE)) };
  const manifest = JSON.parse(readFileSync(join(packsDir, PACK_MANIFEST_FILE), 'utf8')) as PackManifest;
  const entry = manifest.files.find((f) => f.path === path);
  if (!entry) throw new Error(`${path} is not in the pack`);
  const original = JSON.parse(readFileSync(join(packsDir, 'objects', `${entry.sha256}.json`), 'utf8')) as unknown;
  const bytes = Buffer.from(JSON.stringify(edit(original)));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(packsDir, 'objects', `${sha256}.json`), bytes);
  const version = `${manifest.version}-edited`;
  const next: PackManifest = {
    version, createdAt: new Date().toISOString(),
    files: manifest.files.map((f) => (f.path === path ? { path, sha256, bytes: bytes.byteLength } : f)),
  };
  const manifestBytes = Buffer.from(JSON.stringify(next));
  const key = await ensurePackSigningKey({ log: () => {}, warn: () => {} });
  // Signature first, manifest last, each by rename: as the real build does.
  const publish = (json: Buffer, sig: string | Buffer) => {
    writeFileSync(join(packsDir, '.manifest.sig'), sig);
    writeFileSync(join(packsDir, '.manifest.json'), json);
    renameSync(join(packsDir, '.manifest.sig'), join(packsDir, PACK_SIGNATURE_FILE));
    renameSync(join(packsDir, '.manifest.json'), join(packsDir, PACK_MANIFEST_FILE));
  };
  publish(manifestBytes, `${await signManifest(manifestBytes, key.privateKey)}\n`);
  return { version, restore: () => publish(before.json, before.sig) };
}

import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A pack-signing key pair of the test's own, so no test depends on the developer's key. */
export function testPackKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicJwk: publicKey.export({ format: 'jwk' }) as JsonWebKey };
}
export type TestPackKey = ReturnType<typeof testPackKey>;

/**
 * Publishes a pack holding these forms (as `forms/<id>.json` objects, the shape the
 * content build writes) the way the build does: objects first, then manifest.sig, then
 * manifest.json, each renamed into place.
 */
export async function publishPack(packsDir: string, key: TestPackKey, version: string, forms: ReadonlyArray<{ id: string; keyId: string; department?: string }>): Promise<void> {
  await mkdir(join(packsDir, 'objects'), { recursive: true });
  const files: Array<{ path: string; sha256: string; bytes: number }> = [];
  const add = async (path: string, value: unknown) => {
    const bytes = Buffer.from(JSON.stringify(value));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFile(join(packsDir, 'objects', `${sha256}.json`), bytes);
    files.push({ path, sha256, bytes: bytes.length });
  };
  await add('forms/index.json', forms.map(({ id }) => ({ id })));
  for (const form of forms) await add(`forms/${form.id}.json`, { def: { id: form.id, keyId: form.keyId, department: { id: form.department ?? 'kocho', name: {} }, fields: [] }, publicKey: {} });
  const manifest = Buffer.from(JSON.stringify({ version, createdAt: new Date().toISOString(), files }));
  const signature = sign('sha256', manifest, { key: key.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  await writeFile(join(packsDir, '.manifest.sig'), `${signature}\n`);
  await writeFile(join(packsDir, '.manifest.json'), manifest);
  await rename(join(packsDir, '.manifest.sig'), join(packsDir, 'manifest.sig'));
  await rename(join(packsDir, '.manifest.json'), join(packsDir, 'manifest.json'));
}

import { Dexie } from 'dexie';
import { database, databaseName } from '../../../db/database';
import { installPack } from '../../../db/packs';
import { packPaths, type PackManifest } from '../../../lib/content/pack-types';
import { activePackVersion } from '../../../runtime/content/pack-status';

const files = import.meta.glob<unknown>('../../../../content/forms/*.json', { eager: true, import: 'default' });

/** Installs a content pack holding the real forms in the (fake) IndexedDB, as content sync would. */
export async function installFormsPack(): Promise<void> {
  const forms = Object.values(files) as Array<{ id: string; title: Record<string, string>; keyId: string }>;
  const data: Array<[string, unknown]> = [
    [packPaths.formIndex, forms.map((f) => ({ id: f.id, title: f.title, description: {}, department: {}, kioskAllowed: true }))],
    ...forms.map((f): [string, unknown] => [packPaths.form(f.id), { def: f, publicKey: {}, ruby: {} }]),
  ];
  const manifest: PackManifest = {
    version: 'test-1', createdAt: '2026-11-25T00:00:00Z',
    files: data.map(([path], i) => ({ path, sha256: String(i).padStart(64, '0'), bytes: 1 })),
  };
  await installPack(manifest, JSON.stringify(manifest), 'sig', data.map(([path, value], i) => ({ path, sha256: String(i).padStart(64, '0'), bytes: 1, data: value })));
  activePackVersion.value = undefined;
}

export async function removePacks(): Promise<void> {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
  activePackVersion.value = undefined;
}

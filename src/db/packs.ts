import { database } from './database';
import { storageError, type StorageError } from './errors';
import { err, ok, type Result } from '../lib/result';
import type { PackManifest } from '../lib/content/pack-types';
import type { PackFileRecord, PackRecord } from './records';

export interface VerifiedFile {
  path: string;
  sha256: string;
  bytes: number;
  data: unknown;
}

/** The pack the app shows now, if one has been installed. */
export async function activePack(): Promise<PackRecord | undefined> {
  return database().packs.where('state').equals('active').first();
}

/** The signed manifest text of a stored version (active, previous or retained). */
export async function readPackManifest(version: string): Promise<string | undefined> {
  return (await database().packs.get(version))?.manifest;
}

export async function readPackFile(version: string, path: string): Promise<unknown> {
  return (await database().packFiles.get([version, path]))?.data;
}

/** Every file of a version under `folder` (e.g. "guides/"), in path order, in one query. */
export async function readPackFolder(version: string, folder: string): Promise<Array<{ path: string; data: unknown }>> {
  const rows = await database().packFiles.where('[version+path]').between([version, folder], [version, `${folder}\uffff`]).toArray();
  return rows.map(({ path, data }) => ({ path, data }));
}

/**
 * Installs a verified pack and switches to it in ONE transaction: either the new
 * version is complete and active, or (quota full, crash, tab closed) nothing
 * changed and the old version is still active. Files unchanged since the active
 * version are copied locally; the current one is kept as "previous" for rollback,
 * and older versions are deleted, except `shown`: the version the screens still
 * read from (a kiosk in use switches only at the wipe, so it may sit through two
 * installs); it is kept as "retained" until it is no longer shown.
 */
export async function installPack(
  manifest: PackManifest,
  manifestText: string,
  signature: string,
  fetched: readonly VerifiedFile[],
  shown?: string,
): Promise<Result<void, StorageError>> {
  const db = database();
  try {
    await db.transaction('rw', db.packs, db.packFiles, async () => {
      const current = await db.packs.where('state').equals('active').first();
      if (current?.version === manifest.version) return;
      const byPath = new Map(fetched.map((f) => [f.path, f]));
      const rows: PackFileRecord[] = [];
      for (const entry of manifest.files) {
        const file = byPath.get(entry.path);
        if (file) {
          rows.push({ version: manifest.version, path: entry.path, sha256: entry.sha256, bytes: entry.bytes, data: file.data });
          continue;
        }
        const reused = current ? await db.packFiles.get([current.version, entry.path]) : undefined;
        if (!reused || reused.sha256 !== entry.sha256) throw new Error(`pack file missing: ${entry.path}`);
        rows.push({ ...reused, version: manifest.version });
      }
      const older = await db.packs.where('state').anyOf('previous', 'retained').toArray();
      for (const old of older) {
        if (old.version === shown && old.version !== manifest.version) {
          await db.packs.update(old.version, { state: 'retained' });
          continue;
        }
        await db.packFiles.where('version').equals(old.version).delete();
        await db.packs.delete(old.version);
      }
      await db.packFiles.where('version').equals(manifest.version).delete();
      await db.packFiles.bulkPut(rows);
      if (current) await db.packs.update(current.version, { state: 'previous' });
      await db.packs.put({
        version: manifest.version, state: 'active', createdAt: manifest.createdAt,
        installedAt: new Date().toISOString(), manifest: manifestText, signature,
      });
    });
    return ok(undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

/** Switches back to the previous pack (e.g. after a bad update); the broken one becomes "previous". */
export async function rollbackPack(): Promise<boolean> {
  const db = database();
  return db.transaction('rw', db.packs, async () => {
    const current = await db.packs.where('state').equals('active').first();
    const previous = await db.packs.where('state').equals('previous').first();
    if (!current || !previous) return false;
    await db.packs.update(previous.version, { state: 'active' });
    await db.packs.update(current.version, { state: 'previous' });
    return true;
  });
}

/**
 * Deletes versions kept only because a screen showed them, except the one shown now:
 * after the kiosk's wipe reloads onto the active pack they are dead weight (a whole copy
 * of the pack each).
 */
export async function dropRetainedPacks(shown: string | undefined): Promise<void> {
  const db = database();
  await db.transaction('rw', db.packs, db.packFiles, async () => {
    for (const old of await db.packs.where('state').equals('retained').toArray()) {
      if (old.version === shown) continue;
      await db.packFiles.where('version').equals(old.version).delete();
      await db.packs.delete(old.version);
    }
  });
}

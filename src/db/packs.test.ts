import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { activePack, dropRetainedPacks, installPack, readPackFile, rollbackPack } from './packs';
import { database, databaseName } from './database';
import type { PackManifest } from '../lib/content/pack-types';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const sha = (c: string) => c.repeat(64);
function manifest(version: string, files: Array<[string, string]>): PackManifest {
  return { version, createdAt: '2026-11-25T00:00:00Z', files: files.map(([path, h]) => ({ path, sha256: sha(h), bytes: 10 })) };
}

describe('installing content packs', () => {
  it('a first pack becomes active with all its files', async () => {
    const m = manifest('1', [['a.json', 'a'], ['b.json', 'b']]);
    const result = await installPack(m, JSON.stringify(m), 'sig', [
      { path: 'a.json', sha256: sha('a'), bytes: 10, data: { a: 1 } },
      { path: 'b.json', sha256: sha('b'), bytes: 10, data: { b: 1 } },
    ]);
    expect(result.ok).toBe(true);
    expect((await activePack())?.version).toBe('1');
    expect(await readPackFile('1', 'b.json')).toEqual({ b: 1 });
  });

  it('an update reuses unchanged files locally and keeps the old version for rollback', async () => {
    const m1 = manifest('1', [['a.json', 'a'], ['b.json', 'b']]);
    await installPack(m1, '', 's', [
      { path: 'a.json', sha256: sha('a'), bytes: 10, data: 'A1' },
      { path: 'b.json', sha256: sha('b'), bytes: 10, data: 'B1' },
    ]);
    const m2 = manifest('2', [['a.json', 'a'], ['b.json', 'c']]);
    await installPack(m2, '', 's', [{ path: 'b.json', sha256: sha('c'), bytes: 10, data: 'B2' }]);
    expect((await activePack())?.version).toBe('2');
    expect(await readPackFile('2', 'a.json')).toBe('A1');
    expect(await readPackFile('2', 'b.json')).toBe('B2');
    expect(await rollbackPack()).toBe(true);
    expect((await activePack())?.version).toBe('1');
    expect(await readPackFile('1', 'b.json')).toBe('B1');
  });

  it('a partial download changes nothing: the current version stays active', async () => {
    const m1 = manifest('1', [['a.json', 'a']]);
    await installPack(m1, '', 's', [{ path: 'a.json', sha256: sha('a'), bytes: 10, data: 'A1' }]);
    const m2 = manifest('2', [['a.json', 'a'], ['new.json', 'n']]);
    const result = await installPack(m2, '', 's', []); // new.json never arrived
    expect(result.ok).toBe(false);
    expect((await activePack())?.version).toBe('1');
    expect(await readPackFile('2', 'a.json')).toBeUndefined();
  });

  it('only one previous version is kept, so storage does not grow with every update', async () => {
    for (const v of ['1', '2', '3']) {
      const m = manifest(v, [['a.json', v]]);
      await installPack(m, '', 's', [{ path: 'a.json', sha256: sha(v), bytes: 10, data: v }]);
    }
    const versions = (await database().packs.toArray()).map((p) => `${p.version}:${p.state}`).sort();
    expect(versions).toEqual(['2:previous', '3:active']);
    expect(await database().packFiles.count()).toBe(2);
  });

  it('a version still on screen survives two installs, and goes once nothing shows it', async () => {
    // A kiosk in use keeps reading version 1 while 2 and then 3 are installed behind it.
    for (const v of ['1', '2', '3']) {
      const m = manifest(v, [['a.json', v]]);
      await installPack(m, '', 's', [{ path: 'a.json', sha256: sha(v), bytes: 10, data: `A${v}` }], '1');
    }
    expect((await activePack())?.version).toBe('3');
    expect(await readPackFile('1', 'a.json')).toBe('A1');
    expect(await rollbackPack()).toBe(true); // rollback still goes to the version before the active one
    expect((await activePack())?.version).toBe('2');
    expect(await rollbackPack()).toBe(true);

    // The wipe reloads onto the active version: the one kept for the screen is dropped.
    await dropRetainedPacks('3');
    const versions = (await database().packs.toArray()).map((p) => `${p.version}:${p.state}`).sort();
    expect(versions).toEqual(['2:previous', '3:active']);
    expect(await readPackFile('1', 'a.json')).toBeUndefined();
  });
});

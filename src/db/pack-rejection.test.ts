import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { activePack, installPack, readPackFile } from './packs';
import { forgetRejectedPack, rejectActivePack, rejectedPack } from './pack-rejection';
import { database, databaseName } from './database';
import type { PackManifest } from '../lib/content/pack-types';
import type { PackProblem } from '../lib/pack/usability';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const sha = (c: string) => c.repeat(64);
const problem: PackProblem = { kind: 'kiosk-config-invalid', path: 'kiosks/t.json' };
async function install(version: string, content: string) {
  const m: PackManifest = { version, createdAt: '2026-11-25T00:00:00Z', files: [{ path: 'kiosks/t.json', sha256: sha(content), bytes: 1 }] };
  await installPack(m, JSON.stringify(m), 's', [{ path: 'kiosks/t.json', sha256: sha(content), bytes: 1, data: content }]);
}

describe('rejecting a pack that failed its check after the switch', () => {
  it('goes back to the previous version, drops the broken one and remembers it', async () => {
    await install('1', 'a');
    await install('2', 'b');
    const outcome = await rejectActivePack('2', problem, new Date('2026-11-25T12:00:00Z'));
    expect(outcome.done).toBe('rolled-back');
    expect((await activePack())?.version).toBe('1');
    expect(await readPackFile('1', 'kiosks/t.json')).toBe('a');
    expect(await readPackFile('2', 'kiosks/t.json')).toBeUndefined();
    expect((await database().packs.toArray()).map((p) => p.version)).toEqual(['1']);
    expect(await rejectedPack()).toEqual({ version: '2', problem, rolledBackTo: '1', at: '2026-11-25T12:00:00.000Z' });
  });

  it('a newer good pack after the rollback installs normally on top of the old one', async () => {
    await install('1', 'a');
    await install('2', 'b');
    await rejectActivePack('2', problem);
    await install('3', 'c');
    expect((await activePack())?.version).toBe('3');
    expect(await readPackFile('3', 'kiosks/t.json')).toBe('c');
    await forgetRejectedPack();
    expect(await rejectedPack()).toBeUndefined();
  });

  it('with nothing to go back to, keeps the only pack but still records the problem', async () => {
    await install('1', 'a');
    const outcome = await rejectActivePack('1', problem);
    expect(outcome.done).toBe('kept');
    expect((await activePack())?.version).toBe('1');
    expect((await rejectedPack())?.rolledBackTo).toBeNull();
  });

  it('does nothing when the version is no longer the active one', async () => {
    await install('1', 'a');
    await install('2', 'b');
    expect((await rejectActivePack('1', problem)).done).toBe('not-active');
    expect((await activePack())?.version).toBe('2');
    expect(await rejectedPack()).toBeUndefined();
  });
});

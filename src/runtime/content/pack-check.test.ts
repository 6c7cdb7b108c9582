import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { activePack, installPack } from '../../db/packs';
import { rejectedPack } from '../../db/pack-rejection';
import { database, databaseName } from '../../db/database';
import { readSetting } from '../../db/settings';
import { mergeKioskConfig } from '../../lib/kiosk/config';
import type { PackManifest } from '../../lib/content/pack-types';
import defaults from '../../../kiosk-config/default.json';
import { checkActivePackAtStart, checkSwitchedPack } from './pack-check';

afterEach(async () => {
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const terminal = 'onahama-shisho-01';
const goodConfig = mergeKioskConfig(defaults, { terminalId: terminal });
async function install(version: string, config: unknown): Promise<PackManifest> {
  const docs: Array<[string, unknown]> = [
    ['meta.json', { city: 'いわき市', asOf: '2026-11-25', sample: true, documentCounts: {} }],
    ['guides/index.json', []],
    [`kiosks/${terminal}.json`, config],
  ];
  const files = docs.map(([path, data]) => ({ path, sha256: '0'.repeat(64), bytes: 1, data }));
  const manifest: PackManifest = { version, createdAt: '2026-11-25T00:00:00Z', files: files.map(({ data: _, ...f }) => f) };
  await installPack(manifest, JSON.stringify(manifest), 's', files);
  return manifest;
}

describe('the check after switching to a new pack', () => {
  it('keeps a good pack', async () => {
    await install('1', goodConfig);
    expect(await checkSwitchedPack(await install('2', goodConfig), terminal)).toBeUndefined();
    expect((await activePack())?.version).toBe('2');
  });

  it('rolls a kiosk back when the new pack breaks its config, and remembers the version', async () => {
    await install('1', goodConfig);
    const broken = await install('2', { ...goodConfig, idle: { timeoutSeconds: 5, warningSeconds: 5 } });
    expect((await checkSwitchedPack(broken, terminal))?.done).toBe('rolled-back');
    expect((await activePack())?.version).toBe('1');
    expect((await rejectedPack())?.problem).toEqual({ kind: 'kiosk-config-invalid', path: `kiosks/${terminal}.json` });
  });

  it('at start, catches a broken pack whose check never ran (the app closed right after the switch)', async () => {
    await install('1', goodConfig);
    await install('2', { broken: true });
    expect((await checkActivePackAtStart(terminal))?.done).toBe('rolled-back');
    expect((await activePack())?.version).toBe('1');
    // A good active pack at start neither rolls back nor forgets an earlier rejection.
    expect(await checkActivePackAtStart(terminal)).toBeUndefined();
    expect((await rejectedPack())?.version).toBe('2');
  });
});

describe('the start-up check remembers what it has checked', () => {
  /** Breaks a stored file behind the check's back: only a check that reads it can notice. */
  const breakKioskConfig = (version: string) =>
    database().packFiles.update([version, `kiosks/${terminal}.json`], { data: { broken: true } });

  it('checks an unchecked version once, then records it for this terminal', async () => {
    await install('1', goodConfig);
    expect(await readSetting('checkedPack')).toBeUndefined();
    expect(await checkActivePackAtStart(terminal)).toBeUndefined();
    expect(await readSetting('checkedPack')).toEqual({ version: '1', terminalId: terminal });
  });

  it('does not read a version that already passed again at the next start', async () => {
    await checkSwitchedPack(await install('1', goodConfig), terminal);
    await breakKioskConfig('1');
    expect(await checkActivePackAtStart(terminal)).toBeUndefined();
    expect(await rejectedPack()).toBeUndefined();
  });

  it('checks again when the terminal is another one than the check was for', async () => {
    await checkSwitchedPack(await install('1', goodConfig), undefined);
    await breakKioskConfig('1');
    expect((await checkActivePackAtStart(terminal))?.done).toBe('kept');
    expect((await rejectedPack())?.problem).toEqual({ kind: 'kiosk-config-invalid', path: `kiosks/${terminal}.json` });
  });
});

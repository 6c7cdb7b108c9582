import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { readBootPackFiles } from './boot-pack';
import { MadoguchiDatabase, databaseName } from './database';
import type { PackRecord } from './records';

afterEach(async () => { await Dexie.delete(databaseName); });

const pack = (version: string, state: PackRecord['state']): PackRecord =>
  ({ version, state, createdAt: '2026-12-01', installedAt: '2026-12-01', manifest: '{}', signature: '' });

describe('reading a kiosk first documents without Dexie', () => {
  it('reads the files of the active pack, not of the previous one', async () => {
    const db = new MadoguchiDatabase();
    await db.packs.bulkPut([pack('v1', 'previous'), pack('v2', 'active')]);
    await db.packFiles.bulkPut([
      { version: 'v1', path: 'kiosks/t1.json', sha256: 'a', bytes: 1, data: { old: true } },
      { version: 'v2', path: 'kiosks/t1.json', sha256: 'b', bytes: 1, data: { terminalId: 't1' } },
      { version: 'v2', path: 'meta.json', sha256: 'c', bytes: 1, data: { asOf: '2026-12-01' } },
    ]);
    db.close();
    const boot = await readBootPackFiles(['kiosks/t1.json', 'meta.json', 'kiosks/other.json']);
    expect(boot?.version).toBe('v2');
    expect(boot?.files.get('kiosks/t1.json')).toEqual({ terminalId: 't1' });
    expect(boot?.files.get('meta.json')).toEqual({ asOf: '2026-12-01' });
    expect(boot?.files.has('kiosks/other.json')).toBe(false);
  });

  it('answers nothing, and creates nothing, where no pack was ever stored', async () => {
    expect(await readBootPackFiles(['meta.json'])).toBeUndefined();
    expect(await Dexie.exists(databaseName)).toBe(false);
  });
});

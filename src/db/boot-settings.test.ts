import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { readBootSettings } from './boot-settings';
import { MadoguchiDatabase, databaseName } from './database';

afterEach(async () => { await Dexie.delete(databaseName); });

describe('reading start-up settings without Dexie', () => {
  it('finds what Dexie stored', async () => {
    const db = new MadoguchiDatabase();
    await db.settings.bulkPut([{ key: 'language', value: 'ko' }, { key: 'displayModes', value: { textSize: 2 } }]);
    db.close();
    const { readable, values: found } = await readBootSettings(['language', 'displayModes', 'missing']);
    expect(readable).toBe(true);
    expect(found.get('language')).toBe('ko');
    expect(found.get('displayModes')).toEqual({ textSize: 2 });
    expect(found.has('missing')).toBe(false);
  });

  it('does not create the database on a first visit, so Dexie can create it properly later', async () => {
    const { readable, values: found } = await readBootSettings(['language']);
    expect(readable).toBe(true);
    expect(found.size).toBe(0);
    expect(await Dexie.exists(databaseName)).toBe(false);
    const db = new MadoguchiDatabase();
    await db.settings.put({ key: 'language', value: 'en' });
    expect((await db.settings.get('language'))?.value).toBe('en');
    db.close();
  });

  it('says so when the database cannot be opened, instead of answering "nothing stored"', async () => {
    const broken = vi.spyOn(indexedDB, 'open').mockImplementation(() => { throw new DOMException('disk error', 'UnknownError'); });
    try {
      const { readable, values } = await readBootSettings(['kiosk']);
      expect(readable).toBe(false);
      expect(values.size).toBe(0);
    } finally {
      broken.mockRestore();
    }
  });
});

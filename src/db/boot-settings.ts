import { databaseName } from './database-name';

/**
 * What the first screen needs from the database. `readable: false` means the database
 * exists (or may) but could not be read: a kiosk must then not guess it is a phone.
 * A first visit, with no database yet, is readable and empty.
 */
export interface BootSettings { readable: boolean; values: Map<string, unknown> }

/**
 * Reads the few settings the first screen needs (language, display modes) with
 * one raw IndexedDB request, so starting the app does not wait for Dexie (~30 KB)
 * to load. Read-only; every write still goes through Dexie in ./settings.ts.
 * If the database does not exist yet, the open is aborted so this never creates it
 * (Dexie must be the one to create and version the schema).
 */
export function readBootSettings(keys: readonly string[]): Promise<BootSettings> {
  const values = new Map<string, unknown>();
  return new Promise((resolve) => {
    const done = (readable: boolean) => resolve({ readable, values });
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseName);
    } catch {
      done(false);
      return;
    }
    let firstVisit = false;
    request.onupgradeneeded = () => {
      firstVisit = true;
      request.transaction?.abort();
    };
    // Aborting the first visit's upgrade also ends here: that is an empty database, not a broken one.
    request.onerror = () => done(firstVisit);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('settings')) {
        db.close();
        done(true);
        return;
      }
      let store: IDBObjectStore;
      try {
        store = db.transaction('settings', 'readonly').objectStore('settings');
      } catch {
        db.close();
        done(false);
        return;
      }
      let pending = keys.length;
      let failed = false;
      const settle = () => { if (--pending === 0) { db.close(); done(!failed); } };
      if (pending === 0) done(true);
      for (const key of keys) {
        const get = store.get(key);
        get.onsuccess = () => {
          const row = get.result as { value?: unknown } | undefined;
          if (row && 'value' in row) values.set(key, row.value);
          settle();
        };
        get.onerror = () => { failed = true; settle(); };
      }
    };
  });
}

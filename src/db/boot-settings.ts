import { databaseName } from './database-name';

/**
 * Reads the few settings the first screen needs (language, display modes) with
 * one raw IndexedDB request, so starting the app does not wait for Dexie (~30 KB)
 * to load. Read-only; every write still goes through Dexie in ./settings.ts.
 * If the database does not exist yet, the open is aborted so this never creates it
 * (Dexie must be the one to create and version the schema).
 */
export function readBootSettings(keys: readonly string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseName);
    } catch {
      resolve(found);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(found);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('settings')) {
        db.close();
        resolve(found);
        return;
      }
      const store = db.transaction('settings', 'readonly').objectStore('settings');
      let pending = keys.length;
      if (pending === 0) resolve(found);
      for (const key of keys) {
        const get = store.get(key);
        get.onsuccess = () => {
          const row = get.result as { value?: unknown } | undefined;
          if (row && 'value' in row) found.set(key, row.value);
          if (--pending === 0) { db.close(); resolve(found); }
        };
        get.onerror = () => { if (--pending === 0) { db.close(); resolve(found); } };
      }
    };
  });
}

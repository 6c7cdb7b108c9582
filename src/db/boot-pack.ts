import { databaseName } from './database-name';

export interface BootPackFiles { version: string; files: Map<string, unknown> }

/**
 * Reads a few documents of the active pack with raw IndexedDB requests, for the first
 * screen of a kiosk (its terminal configuration): loading Dexie (~30 KB) and opening it
 * would otherwise stand between a restart and the attract loop. Read-only, and never
 * creates the database (like ./boot-settings.ts); undefined when there is no active pack
 * or anything fails, and the screens then read through Dexie as usual.
 */
export function readBootPackFiles(paths: readonly string[]): Promise<BootPackFiles | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseName);
    } catch {
      resolve(undefined);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      const finish = (result: BootPackFiles | undefined) => { db.close(); resolve(result); };
      try {
        const tx = db.transaction(['packs', 'packFiles'], 'readonly');
        tx.onabort = () => finish(undefined);
        const active = tx.objectStore('packs').index('state').get('active');
        active.onsuccess = () => {
          const version = (active.result as { version?: unknown } | undefined)?.version;
          if (typeof version !== 'string') { finish(undefined); return; }
          const files = new Map<string, unknown>();
          let pending = paths.length;
          if (pending === 0) finish({ version, files });
          for (const path of paths) {
            const get = tx.objectStore('packFiles').get([version, path]);
            get.onsuccess = () => {
              const row = get.result as { data?: unknown } | undefined;
              if (row && 'data' in row) files.set(path, row.data);
              if (--pending === 0) finish({ version, files });
            };
          }
        };
      } catch {
        finish(undefined);
      }
    };
  });
}

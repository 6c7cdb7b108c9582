import type { Page } from 'playwright-core';

export interface OutboxRow { id: string; formId: string; nextAttemptAt: number; lastError?: string }

/** What the kiosk's outbox holds right now, read straight from IndexedDB (not through the app). */
export function outboxRows(page: Page): Promise<OutboxRow[]> {
  return page.evaluate(() => new Promise<OutboxRow[]>((resolve, reject) => {
    const open = indexedDB.open('madoguchi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('outbox', 'readonly').objectStore('outbox').getAll();
      request.onsuccess = () => { resolve(request.result as OutboxRow[]); open.result.close(); };
      request.onerror = () => reject(request.error);
    };
  }));
}

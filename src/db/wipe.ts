import { database } from './database';

/**
 * What a kiosk erases between citizens: drafts and receipts (a kiosk never writes
 * drafts, but a wipe must not rely on that), and every setting except the terminal's
 * own identity. The outbox stays: it holds only ciphertext for the city's key and
 * must still be delivered.
 */
export async function wipeCitizenData(): Promise<void> {
  const db = database();
  await db.transaction('rw', db.drafts, db.receipts, db.settings, async () => {
    await db.drafts.clear();
    await db.receipts.clear();
    await db.settings.where('key').notEqual('kiosk').delete();
  });
}

export async function outboxDepth(): Promise<number> {
  return database().outbox.count();
}

import { database } from './database';
import type { SettingKey } from './settings';

/**
 * What a kiosk erases between citizens: drafts and receipts (a kiosk never writes
 * drafts, but a wipe must not rely on that), and every setting except the terminal's
 * own state (its identity, the pack versions it rejected or refused, the one it checked). The outbox stays: it holds
 * only ciphertext for the city's key and must still be delivered.
 */
/** Settings that describe the terminal, never a citizen. */
// Shelter status is public news the terminal received, not a citizen's: a wipe while the
// network is down must not lose the last-known list.
// Room availability likewise: what the terminal last heard, no citizen's choice in it.
const terminalSettings: SettingKey[] = ['kiosk', 'rejectedPack', 'refusedPack', 'checkedPack', 'shelterStatus', 'reservationCache'];

export async function wipeCitizenData(): Promise<void> {
  const db = database();
  await db.transaction('rw', db.drafts, db.receipts, db.settings, async () => {
    await db.drafts.clear();
    await db.receipts.clear();
    await db.settings.where('key').noneOf(terminalSettings).delete();
  });
}

export async function outboxDepth(): Promise<number> {
  return database().outbox.count();
}

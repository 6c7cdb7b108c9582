import { readBootPackFiles } from '../../db/boot-pack';
import { packPaths } from '../../lib/content/pack-types';
import { primeContent } from '../content/primed-content';

/**
 * Reads what a kiosk's first screen needs from the active pack (its terminal
 * configuration, the pack's date) without Dexie, so the attract loop renders at once.
 * A chunk of its own: phones never load it.
 */
export async function primeKioskStart(terminalId: string): Promise<void> {
  const boot = await readBootPackFiles([packPaths.kiosk(terminalId), packPaths.meta]);
  if (boot) primeContent(boot);
}

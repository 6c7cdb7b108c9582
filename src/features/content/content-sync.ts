import { activePack } from '../../db/packs';
import { activePackVersion } from './pack-status';
import { updatePack } from './pack-updater';

const checkEveryMs = 30 * 60_000;

/**
 * Keeps the content pack current: at start, every 30 minutes and when the network
 * returns. Asks the browser to keep our storage (a kiosk must not lose its pack
 * to eviction). Runs after the first screen has rendered.
 */
export async function startContentSync(): Promise<void> {
  activePackVersion.value = (await activePack())?.version;
  void navigator.storage?.persist?.().catch(() => false);
  await updatePack();
  setInterval(() => void updatePack(), checkEveryMs);
  window.addEventListener('online', () => void updatePack());
}

import { activePack, dropRetainedPacks } from '../../db/packs';
import { activePackVersion } from './pack-status';
import { updatePack } from './pack-updater';
import { checkActivePackAtStart } from './pack-check';
import { deviceKind } from '../../config/device';
import { kioskIdentity } from '../kiosk/kiosk-identity';
import { serialRunner } from './serial-runner';

/** A kiosk takes a new pack into use only between citizens; phones at once. */
const mayShowNow = () => deviceKind.value !== 'kiosk' || location.pathname === '/attract';

/** On a kiosk, the new pack must hold a valid configuration for this very terminal. */
const terminalId = () => kioskIdentity.value?.terminalId;

const checkEveryMs = 30 * 60_000;

/**
 * Keeps the content pack current: at start, every 30 minutes and when the network
 * returns. Asks the browser to keep our storage (a kiosk must not lose its pack
 * to eviction). Runs after the first screen has rendered.
 */
export async function startContentSync(): Promise<void> {
  activePackVersion.value = (await activePack())?.version;
  // A version kept only for a screen before this start is shown by nobody now. If the
  // delete fails, the next install deletes it instead.
  await dropRetainedPacks(activePackVersion.value).catch((e: unknown) => console.warn('could not drop retained packs', e));
  void navigator.storage?.persist?.().catch(() => false);
  // Listening before the first check: the network coming back while it runs must lead to
  // a check after it (that one may have read the manifest before a new pack was published).
  window.addEventListener('online', () => void checkForUpdate());
  await checkForUpdate();
  // After the update, not before: it must not delay the download the screens wait for.
  if ((await checkActivePackAtStart(terminalId()))?.done === 'rolled-back') activePackVersion.value = (await activePack())?.version;
  setInterval(() => void checkForUpdate(), checkEveryMs);
}

const checkForUpdate = serialRunner(() => updatePack(mayShowNow, terminalId));

import { PackFooter } from '../runtime/content/pack-footer';
import { OfflineReadyStatus } from '../runtime/offline-ready/offline-ready-status';
import { deviceKind } from '../config/device';

/**
 * Under every screen but the attract loop: the pack's date and problems, and on a phone
 * whether it is ready offline. A chunk of its own, loaded beside the first screen's:
 * nothing here is needed for the first paint, and its content comes from the database.
 */
export default function AppFooter() {
  return (
    <>
      <PackFooter />
      {deviceKind.value === 'phone' && <OfflineReadyStatus />}
    </>
  );
}

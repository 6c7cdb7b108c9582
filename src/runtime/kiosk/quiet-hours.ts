import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { inQuietHours } from '../../lib/kiosk/config';
import { toJst } from '../../lib/hours/open-now';
import { activePackVersion } from '../content/pack-status';
import { kioskConfig } from './kiosk-state';

/**
 * A kiosk left on the attract loop all night still has to pick up new versions:
 * in its quiet hours, with nobody using it, it reloads when a newer pack is stored
 * or a new app version waits. During the day updates wait for the next idle wipe.
 */
export function useQuietHourUpdates(): void {
  const { path } = useLocation();
  useEffect(() => {
    const check = async () => {
      const config = kioskConfig.value;
      if (!config || location.pathname !== '/attract' || !inQuietHours(config.quietHours, toJst(new Date()).minutes)) return;
      const [{ activePack }, registration] = await Promise.all([import('../../db/packs'), navigator.serviceWorker?.getRegistration()]);
      const stored = (await activePack())?.version;
      if (registration?.waiting || (stored && stored !== activePackVersion.value)) {
        const { applyWaitingUpdate } = await import('../../app/register-sw');
        await applyWaitingUpdate();
        location.replace('/attract');
      }
    };
    const timer = setInterval(() => void check(), 60_000);
    return () => clearInterval(timer);
  }, [path]);
}

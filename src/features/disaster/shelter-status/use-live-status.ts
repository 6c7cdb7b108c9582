import { useEffect } from 'preact/hooks';
import { deviceKind } from '../../../config/device';
import { openShelterStream, pollShelterStatus } from '../../../runtime/shelters/shelter-sync';

/**
 * While a screen with shelter status is open: a kiosk keeps the live stream open (a change
 * shows within seconds); a phone asks once now, then with the background poll.
 */
export function useLiveShelterStatus(): void {
  useEffect(() => {
    if (deviceKind.value === 'kiosk') return openShelterStream();
    void pollShelterStatus();
    return undefined;
  }, []);
}

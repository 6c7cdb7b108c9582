import { useT } from '../../i18n';
import { deviceKind } from '../../config/device';
import { endSessionRequest } from './kiosk-state';

/**
 * 「おわる（消す）」 in the header of every kiosk screen: the citizen ends their session
 * themselves, exactly as the idle wipe would, instead of leaving it for the next person.
 */
export function EndSessionButton() {
  const t = useT();
  if (deviceKind.value !== 'kiosk') return null;
  return (
    <button type="button" class="button app-header__control end-session" onClick={() => { endSessionRequest.value++; }}>
      {t('kiosk.endSession')}
    </button>
  );
}

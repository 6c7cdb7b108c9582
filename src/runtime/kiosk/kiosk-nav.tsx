import { useT } from '../../i18n';
import { deviceKind } from '../../config/device';
import { Icon } from '../../ui/icon';
import { backTarget } from '../navigation/back-navigation';
import './kiosk-nav.css';

/**
 * 「もどる」 and 「ホーム」, labelled, on every kiosk screen: a kiosk has no browser back
 * button, and a logo is not recognisably a way home. Both are links, so leaving a
 * half-filled form asks first (LeaveFormGuard) as any other link does.
 */
export function KioskNav() {
  const t = useT();
  if (deviceKind.value !== 'kiosk') return null;
  const back = backTarget.value;
  return (
    <div class="kiosk-nav">
      {back === undefined ? (
        // Home is where every session starts: nothing before it, shown all the same so the row never moves.
        <button type="button" class="button kiosk-nav__back" disabled>
          <Icon name="back" /> <span>{t('nav.back')}</span>
        </button>
      ) : (
        <a class="button kiosk-nav__back" href={back}>
          <Icon name="back" /> <span>{t('nav.back')}</span>
        </a>
      )}
      <a class="button kiosk-nav__home" href="/">
        <Icon name="home" /> <span>{t('nav.home')}</span>
      </a>
    </div>
  );
}

import type { FleetKiosk } from '../../../../contract/api/kiosks';
import { formatBytes, formatDateTime } from '../ui/format';
import { StaffIcon, type StaffIconName } from '../ui/staff-icon';
import { useStaffText } from '../ui/staff-text';
import { contentExpired, isBehind, kioskHealth, needsAttention, type KioskHealth } from './kiosk-health';
import { relativeTime } from './relative-time';
import { LastError } from './last-error';
import { OutboxCell, stuckTotal } from './outbox-cell';

const healthIcon: Record<KioskHealth, StaffIconName> = {
  ok: 'ok', stale: 'warning', 'never-seen': 'warning', 'awaiting-enrolment': 'clock', revoked: 'blocked',
};

/** One terminal: its state in a word and an icon (red only in addition), what it last reported. */
export function KioskRow({ kiosk, newestPack, now, onRevoke }: {
  kiosk: FleetKiosk;
  newestPack: string | undefined;
  now: Date;
  onRevoke: ((kiosk: FleetKiosk) => void) | undefined;
}) {
  const { t, lang } = useStaffText();
  const health = kioskHealth(kiosk);
  const behind = isBehind(kiosk, newestPack);
  return (
    <tr class={needsAttention(health) || stuckTotal(kiosk) > 0 ? 'staff-kiosk staff-kiosk--attention' : 'staff-kiosk'}>
      <th scope="row"><code>{kiosk.id}</code><br />{kiosk.siteName}</th>
      <td>
        <span class={`staff-health staff-health--${health}`}><StaffIcon name={healthIcon[health]} /> {t(`fleet.health.${health}`)}</span>
      </td>
      <td>
        {kiosk.lastSeenAt ? <time dateTime={kiosk.lastSeenAt} title={formatDateTime(kiosk.lastSeenAt, lang)}>{relativeTime(kiosk.lastSeenAt, now, lang)}</time> : '—'}
      </td>
      <td>{kiosk.appVersion ?? '—'}</td>
      <td class="staff-pack">
        {kiosk.packVersion ?? t('fleet.noPack')}
        {behind && (
          <span class="staff-behind"><br /><StaffIcon name="behind" /> {t('fleet.behind', { newest: newestPack })}</span>
        )}
        {kiosk.packExpiresAt && contentExpired(kiosk, now) && (
          <span class="staff-behind"><br /><StaffIcon name="warning" /> {t('fleet.packExpired', { date: formatDateTime(kiosk.packExpiresAt, lang) })}</span>
        )}
      </td>
      <td class="staff-number"><OutboxCell kiosk={kiosk} /></td>
      <td>{kiosk.storage ? t('fleet.storageUse', { usage: formatBytes(kiosk.storage.usage, lang), quota: formatBytes(kiosk.storage.quota, lang) }) : '—'}</td>
      <td class="staff-last-error"><LastError text={kiosk.lastError} /></td>
      {onRevoke && (
        <td>
          {!kiosk.revoked && (
            <button type="button" class="button staff-small-button" onClick={() => onRevoke(kiosk)}>
              {t('fleet.revoke')}<span class="visually-hidden"> {kiosk.id}</span>
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

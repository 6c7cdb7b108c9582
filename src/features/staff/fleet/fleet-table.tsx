import type { FleetKiosk } from '../../../../contract/api/kiosks';
import { useStaffText } from '../ui/staff-text';
import { KioskRow } from './kiosk-row';

const columns = ['kiosk', 'state', 'lastSeen', 'app', 'pack', 'outbox', 'storage', 'lastError'] as const;

export function FleetTable({ kiosks, newestPack, now, onRevoke }: {
  kiosks: readonly FleetKiosk[];
  newestPack: string | undefined;
  now: Date;
  /** Only for administrators: adds the actions column. */
  onRevoke: ((kiosk: FleetKiosk) => void) | undefined;
}) {
  const { t } = useStaffText();
  if (kiosks.length === 0) return <p class="staff-empty">{t('fleet.empty')}</p>;
  return (
    <div class="staff-table-wrap">
      <table class="staff-table staff-fleet">
        <caption class="visually-hidden">{t('fleet.caption')}</caption>
        <thead>
          <tr>
            {columns.map((c) => <th scope="col" key={c}>{t(`fleet.columns.${c}`)}</th>)}
            {onRevoke && <th scope="col">{t('fleet.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {kiosks.map((k) => <KioskRow key={k.id} kiosk={k} newestPack={newestPack} now={now} onRevoke={onRevoke} />)}
        </tbody>
      </table>
    </div>
  );
}

import { Fragment } from 'preact';
import type { FleetKiosk } from '../../../../contract/api/kiosks';
import { outboxErrorCodes, type OutboxErrorCode } from '../../../outbox/deliver';
import { StaffIcon } from '../ui/staff-icon';
import { useStaffText } from '../ui/staff-text';

/** Submissions stuck on the kiosk; a kiosk that reports any needs someone to act (publish a form, raise a limit). */
export const stuckTotal = (kiosk: FleetKiosk): number => kiosk.outboxStuck.reduce((sum, s) => sum + s.count, 0);

/** The kiosk's unsent count and, when some are stuck, how many and why, in the staff's language. */
export function OutboxCell({ kiosk }: { kiosk: FleetKiosk }) {
  const { t } = useStaffText();
  const total = stuckTotal(kiosk);
  const reasonText = (reason: string) => {
    const known = outboxErrorCodes.find((code): code is OutboxErrorCode => code === reason);
    // A newer kiosk may report a reason this console has no words for: show its code.
    return known ? t(`fleet.stuckReasons.${known}`) : reason;
  };
  return (
    <>
      {kiosk.outboxDepth ?? '—'}
      {total > 0 && (
        <span class="staff-stuck">
          <br /><StaffIcon name="warning" /> {t('fleet.stuck', { count: total })}
          {kiosk.outboxStuck.map((s) => <Fragment key={s.reason}><br />{t('fleet.stuckReason', { reason: reasonText(s.reason), count: s.count })}</Fragment>)}
        </span>
      )}
    </>
  );
}

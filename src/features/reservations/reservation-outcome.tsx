import type { ReservationOutcome } from '../../../contract/api/reservations';
import { useNamespaceT } from '../../i18n';
import './reservations.css';

/**
 * On a reservation's receipt: what the server did with the slots. `taken` is final — the
 * server stored the request and refused its times — so it is said plainly, with a way to
 * choose another time; before delivery, that nothing is held yet.
 */
export function ReservationOutcomeNote({ outcome, roomId }: { outcome: ReservationOutcome | 'waiting'; roomId?: string | undefined }) {
  const tr = useNamespaceT('reservations');
  if (!tr) return null;
  const kind = outcome === 'held' ? 'held' : outcome === 'waiting' ? 'waiting' : 'refused';
  const text = outcome === 'held' ? tr('outcome.held') : outcome === 'waiting' ? tr('outcome.waiting') : outcome === 'taken' ? tr('outcome.taken') : tr('outcome.refused');
  return (
    <div class={`resv-outcome resv-outcome--${kind}`} role={kind === 'refused' ? 'alert' : undefined}>
      <p>{text}</p>
      {kind === 'refused' && roomId && <a class="button" href={`/reservations/${encodeURIComponent(roomId)}`}>{tr('outcome.another')}</a>}
    </div>
  );
}

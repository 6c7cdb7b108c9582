import { useState } from 'preact/hooks';
import { ROOM_RESERVATION_FORM_ID } from '../../../contract/room-reservation';
import type { ProgressState } from '../../../contract/status';
import { useNamespaceT } from '../../i18n';
import { cancelReservation, type CancelError } from './reservations-api';

type State = { kind: 'idle' } | { kind: 'asking' } | { kind: 'busy' } | { kind: 'done'; cancelled: boolean } | { kind: 'error'; error: CancelError };

/**
 * On the status screen, for a held or confirmed room reservation: the citizen cancels it
 * with the same receipt number and PIN (the server counts it like a status lookup), after
 * one confirmation, since the time then goes to the next person.
 */
export function CancelReservation({ formId, state, receiptNumber, pin, onCancelled }: {
  formId: string; state: ProgressState; receiptNumber: string; pin: string; onCancelled: () => void;
}) {
  const tr = useNamespaceT('reservations');
  const [view, setView] = useState<State>({ kind: 'idle' });
  if (!tr || formId !== ROOM_RESERVATION_FORM_ID) return null;
  if (view.kind !== 'done' && state !== 'in_progress' && state !== 'done') return null;

  async function cancel() {
    setView({ kind: 'busy' });
    const result = await cancelReservation(receiptNumber, pin);
    if (!result.ok) return setView({ kind: 'error', error: result.error });
    setView({ kind: 'done', cancelled: result.value.cancelled });
    if (result.value.cancelled) onCancelled();
  }
  return (
    <section class="resv-cancel stack" aria-labelledby="resv-cancel-title">
      <h2 id="resv-cancel-title">{tr('cancel.title')}</h2>
      <div role="status" aria-live="polite">
        {view.kind === 'done' && <p class="notice">{view.cancelled ? tr('cancel.done') : tr('cancel.nothing')}</p>}
        {view.kind === 'error' && <p class="notice">{tr(`cancel.errors.${view.error}`)}</p>}
      </div>
      {view.kind === 'asking' || view.kind === 'busy' ? (
        <>
          <p>{tr('cancel.confirm')}</p>
          <div class="cluster">
            <button type="button" class="button button--primary" disabled={view.kind === 'busy'} onClick={() => void cancel()}>{tr('cancel.yes')}</button>
            <button type="button" class="button" onClick={() => setView({ kind: 'idle' })}>{tr('cancel.no')}</button>
          </div>
        </>
      ) : view.kind !== 'done' && (
        <p><button type="button" class="button" onClick={() => setView({ kind: 'asking' })}>{tr('cancel.button')}</button></p>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { ReservationStatus, Room, StaffReservation } from '../../../../contract/api/reservations';
import { i18n, loadNamespace } from '../../../i18n';
import { Page } from '../../../ui/page';
import { fetchRooms } from '../../reservations/reservations-api';
import { roomName } from '../../reservations/room-name';
import { staffApi } from '../api/staff-api';
import { staffPaths } from '../staff-route';
import { useStaffText } from '../ui/staff-text';

const statuses: readonly ReservationStatus[] = ['held', 'confirmed', 'declined', 'cancelled'];
type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; items: StaffReservation[] };

/**
 * Room reservations for the department's staff: the room and times are in clear, so a held
 * request can be confirmed or declined at once; the citizen sees the decision by receipt
 * number + PIN. The name and phone are decrypted on the submission's own page.
 */
export function ReservationsScreen() {
  const { lang } = useStaffText();
  const [t, setT] = useState<TFunction<'services-staff'> | undefined>(() => (i18n.hasResourceBundle(lang, 'services-staff') ? i18n.getFixedT(lang, 'services-staff') : undefined));
  const [status, setStatus] = useState<ReservationStatus>('held');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [rooms, setRooms] = useState<Room[]>([]);
  const [said, setSaid] = useState<string | undefined>();
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!t) void loadNamespace('services-staff', [lang]).then(() => setT(() => i18n.getFixedT(lang, 'services-staff')));
    void fetchRooms().then((r) => { if (r.ok) setRooms(r.value.data); });
  }, [lang]);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    void staffApi.reservations(status).then((result) => {
      if (live) setState(result.ok ? { kind: 'ready', items: result.value.items } : { kind: 'failed' });
    });
    return () => { live = false; };
  }, [status, revision]);
  if (!t) return <div aria-busy="true" />;

  async function decide(item: StaffReservation, decision: 'confirm' | 'decline') {
    const result = await staffApi.decideReservation(item.id, decision);
    setSaid(result.ok ? t!('reservations.decided', { receiptNumber: item.receiptNumber }) : t!('reservations.decideFailed', { receiptNumber: item.receiptNumber }));
    setRevision((n) => n + 1);
  }
  const nameOf = (roomId: string) => {
    const room = rooms.find((r) => r.id === roomId);
    return room ? roomName(room, lang).text : roomId;
  };
  return (
    <Page title={t('reservations.title')} wide>
      <p>{t('reservations.intro')}</p>
      <div class="cluster" role="group" aria-label={t('reservations.filter')}>
        {statuses.map((s) => (
          <button key={s} type="button" class="button" aria-pressed={status === s} onClick={() => setStatus(s)}>{t(`reservations.${s}`)}</button>
        ))}
      </div>
      <p role="status" aria-live="polite">{said}</p>
      {state.kind === 'loading' && <p aria-busy="true" />}
      {state.kind === 'failed' && <p class="staff-error" role="alert">{t('reservations.failed')}</p>}
      {state.kind === 'ready' && state.items.length === 0 && <p>{t('reservations.none')}</p>}
      {state.kind === 'ready' && state.items.length > 0 && (
        <table class="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('reservations.receiptNumber')}</th>
              <th scope="col">{t('reservations.receivedAt')}</th>
              <th scope="col">{t('reservations.room')}</th>
              <th scope="col">{t('reservations.slots')}</th>
              <th scope="col">{status === 'held' ? t('reservations.decision') : <span class="visually-hidden">{t('reservations.open')}</span>}</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((item) => (
              <tr key={item.id}>
                <td>{item.receiptNumber}</td>
                <td>{new Date(item.receivedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP', { timeZone: 'Asia/Tokyo' })}</td>
                <td>{nameOf(item.roomId)}</td>
                <td><ul class="staff-plain-list">{item.slots.map((s) => <li key={`${s.date} ${s.start}`}>{s.date} {s.start}</li>)}</ul></td>
                <td>
                  <div class="cluster">
                    {status === 'held' && (
                      <>
                        <button type="button" class="button button--primary" aria-label={`${t('reservations.confirm')} ${item.receiptNumber}`} onClick={() => void decide(item, 'confirm')}>{t('reservations.confirm')}</button>
                        <button type="button" class="button" aria-label={`${t('reservations.decline')} ${item.receiptNumber}`} onClick={() => void decide(item, 'decline')}>{t('reservations.decline')}</button>
                      </>
                    )}
                    <a href={staffPaths.submission(item.id)}>{t('reservations.open')}</a>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

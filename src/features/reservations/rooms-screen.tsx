import { useLocation } from 'preact-iso';
import { useNamespaceT, useT } from '../../i18n';
import { Page } from '../../ui/page';
import { fetchRooms } from './reservations-api';
import { RoomTitle } from './room-title';
import { useFetched } from './use-fetched';
import './reservations.css';

/** /reservations — the rooms a citizen can book (?facility=<id>: that facility's only, from its page). */
export default function RoomsScreen() {
  const t = useT();
  const tr = useNamespaceT('reservations');
  const { query } = useLocation();
  const facility = typeof query.facility === 'string' ? query.facility : undefined;
  const rooms = useFetched('rooms', fetchRooms);
  if (!tr) return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  const shown = rooms.kind === 'ready' ? rooms.data.filter((r) => !facility || r.facilityId === facility) : [];
  return (
    <Page title={tr('rooms.title')}>
      <p>{tr('rooms.intro')}</p>
      {rooms.kind === 'loading' && <p role="status">{t('content.loading')}</p>}
      {rooms.kind === 'unavailable' && <p class="notice" role="alert">{tr('rooms.unavailable')}</p>}
      {rooms.kind === 'ready' && rooms.offline && <p class="notice" role="status">{tr('rooms.offline')}</p>}
      {rooms.kind === 'ready' && shown.length === 0 && <p>{tr('rooms.none')}</p>}
      {shown.length > 0 && (
        <ul class="resv-rooms" role="list">
          {shown.map((room) => {
            return (
              <li key={room.id}>
                <a class="resv-room" href={`/reservations/${encodeURIComponent(room.id)}`}>
                  <RoomTitle room={room} class="resv-room__name" />
                  <span class="resv-room__facts">
                    <span>{tr('rooms.capacity', { count: room.capacity })}</span>
                    <span>{room.feeYen === 0 ? tr('rooms.noFee') : tr('rooms.fee', { fee: room.feeYen.toLocaleString('ja-JP') })}</span>
                    {room.accessible && <span>{tr('rooms.accessible')}</span>}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {facility && <p><a href="/reservations">{tr('rooms.all')}</a></p>}
      <p class="resv-sample">{tr('rooms.sample')}</p>
    </Page>
  );
}

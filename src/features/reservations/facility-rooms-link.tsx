import { useNamespaceT } from '../../i18n';
import { fetchRooms } from './reservations-api';
import { useFetched } from './use-fetched';
import { facilityRoomsHref } from './booking-form';

/** On a facility's page: a way to its bookable rooms' free times, when it has any. */
export function FacilityRoomsLink({ facilityId }: { facilityId: string }) {
  const tr = useNamespaceT('reservations');
  const rooms = useFetched('rooms', fetchRooms);
  if (!tr || rooms.kind !== 'ready' || !rooms.data.some((r) => r.facilityId === facilityId)) return null;
  return <p><a class="button button--primary" href={facilityRoomsHref(facilityId)}>{tr('facility.book')}</a></p>;
}

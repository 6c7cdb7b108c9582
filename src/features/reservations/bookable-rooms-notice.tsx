import type { FormDef } from '../../lib/forms/form-schema';
import { useNamespaceT } from '../../i18n';
import { FT } from '../forms/form-content';
import { bookableFacilities, facilityRoomsHref } from './booking-form';
import { fetchRooms } from './reservations-api';
import { useFetched } from './use-fetched';
import './reservations.css';

/**
 * Above the facility-booking form: the facilities whose rooms can be booked directly, each
 * a link to its rooms' free times (see booking-form.ts for why the form stays). Nothing is
 * shown until the rooms are known, nor when they cannot be: the form works without them.
 */
export function BookableRoomsNotice({ def }: { def: FormDef }) {
  const tr = useNamespaceT('reservations');
  const rooms = useFetched('rooms', fetchRooms);
  const facilities = rooms.kind === 'ready' ? bookableFacilities(def, rooms.data) : [];
  if (!tr || facilities.length === 0) return null;
  return (
    <section class="notice forms-notice resv-booking-notice" aria-labelledby="resv-booking-notice">
      <h2 id="resv-booking-notice">{tr('bookingForm.title')}</h2>
      <p>{tr('bookingForm.text')}</p>
      <ul class="resv-booking-notice__list" role="list">
        {facilities.map((f) => (
          <li key={f.value}><a class="button button--primary" href={facilityRoomsHref(f.value)}><FT value={f.label} /></a></li>
        ))}
      </ul>
      <p><a href="/reservations">{tr('bookingForm.all')}</a></p>
      <p>{tr('bookingForm.others')}</p>
    </section>
  );
}

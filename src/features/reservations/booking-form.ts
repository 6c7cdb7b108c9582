import type { Room } from '../../../contract/api/reservations';
import type { FormDef } from '../../lib/forms/form-schema';

/**
 * 施設利用予約申込 (`facility-booking`) came before room reservations: a contact form that
 * asks a facility to call back. It stays, for the facilities that have no bookable room
 * (libraries' halls, 支所 rooms not in the reservation system) and for the moment the
 * reservation server cannot be reached, since it goes through the outbox like any form.
 * Where a facility does have bookable rooms, the form points the citizen to them first:
 * there they see the free times and the slot is held at once, instead of a request that
 * staff must match by hand and that may already be taken. The rooms come from the server
 * (staff manage them), so which options point where is decided here, not in the form file.
 */
export const FACILITY_BOOKING_FORM_ID = 'facility-booking';
/** The form's facility choice: its option values are facility ids, as rooms' `facilityId`. */
export const FACILITY_FIELD_ID = 'facilityId';

type Option = Extract<FormDef['sections'][number]['fields'][number], { type: 'choice' }>['options'][number];

/** The facility-booking form's facilities that have at least one bookable room, in the form's order. */
export function bookableFacilities(def: FormDef, rooms: readonly Pick<Room, 'facilityId'>[]): Option[] {
  if (def.id !== FACILITY_BOOKING_FORM_ID) return [];
  const withRooms = new Set(rooms.map((r) => r.facilityId));
  const field = def.sections.flatMap((s) => s.fields).find((f) => f.id === FACILITY_FIELD_ID);
  return field?.type === 'choice' ? field.options.filter((o) => withRooms.has(o.value)) : [];
}

/** The reservation screen for one facility's rooms (the rooms list filters by `facility`). */
export const facilityRoomsHref = (facilityId: string) => `/reservations?facility=${encodeURIComponent(facilityId)}`;

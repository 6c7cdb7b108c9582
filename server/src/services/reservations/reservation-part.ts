import { ROOM_RESERVATION_FORM_ID, type ReservationPartError } from '../../../../contract/room-reservation.js';
import type { ReservationRequest } from '../../../../contract/api/reservations.js';

/**
 * A submission's clear `reservation` part belongs to the room-reservation form and to it
 * only: on any other form it would let a contact form (or a forger) hold rooms and slots
 * that no department reviews as a reservation; without it, a room reservation names no
 * room and staff would be asked to confirm nothing. Checked before the replay lookup, like
 * the other clear fields, since a stored submission could not have passed it either.
 */
export function reservationPartProblem(formId: string, reservation: ReservationRequest | undefined): { code: ReservationPartError; message: string } | undefined {
  if (formId === ROOM_RESERVATION_FORM_ID) {
    return reservation ? undefined : { code: 'reservation_missing', message: `Form "${formId}" needs the room and slots in the clear "reservation" part` };
  }
  return reservation ? { code: 'reservation_not_allowed', message: `Form "${formId}" takes no "reservation" part: only "${ROOM_RESERVATION_FORM_ID}" reserves rooms` } : undefined;
}

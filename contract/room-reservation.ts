/**
 * A room reservation (公共施設予約) is a submission of this form: the citizen's name and phone
 * encrypted to the department's key like any form's answers, and the room and slots in clear
 * (`reservation` of PUT /api/submissions/:id) so the server can hold them at once.
 */
export const ROOM_RESERVATION_FORM_ID = 'room-reservation';

/**
 * Why PUT /api/submissions/:id refuses a reservation part (400, `error.code`): the room and
 * slots travel in clear only on this form, so no other form can hold rooms around the
 * department's encryption, and this form always names the room it asks for.
 */
export const reservationPartErrors = ['reservation_not_allowed', 'reservation_missing'] as const;
export type ReservationPartError = (typeof reservationPartErrors)[number];

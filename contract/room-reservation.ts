/**
 * A room reservation (公共施設予約) is a submission of this form: the citizen's name and phone
 * encrypted to the department's key like any form's answers, and the room and slots in clear
 * (`reservation` of PUT /api/submissions/:id) so the server can hold them at once.
 */
export const ROOM_RESERVATION_FORM_ID = 'room-reservation';

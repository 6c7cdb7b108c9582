import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { KEBAB_ID_PATTERN, UUID_V7_PATTERN } from '../ids.js';
import { PIN_PATTERN } from '../status.js';
import { RECEIPT_NUMBER_PATTERN } from './status.js';

// Facility reservation (公共施設予約, issue 17 §1). What the server must act on — the room and
// the slots — travels in clear beside the encrypted form; the citizen's name and phone stay
// in the ciphertext.

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';

/** A bookable room, hall or court (content/reservations/rooms.json); GET /api/reservations/rooms lists them. */
export const Room = Type.Object(
  {
    id: Type.String({ pattern: KEBAB_ID_PATTERN }),
    facilityId: Type.String({ pattern: KEBAB_ID_PATTERN }),
    name: Type.Record(Type.String(), Type.String({ minLength: 1 })),
    capacity: Type.Integer({ minimum: 1 }),
    feeYen: Type.Integer({ minimum: 0 }),
    accessible: Type.Boolean(),
    slotMinutes: Type.Integer({ minimum: 15, maximum: 720 }),
    opens: Type.String({ pattern: TIME_PATTERN }),
    closes: Type.String({ pattern: TIME_PATTERN }),
    /** 0 = Sunday … 6 = Saturday, in Japan's calendar. */
    closedWeekdays: Type.Array(Type.Integer({ minimum: 0, maximum: 6 })),
    maxSlotsPerRequest: Type.Integer({ minimum: 1, maximum: 8 }),
    bookAheadDays: Type.Integer({ minimum: 1, maximum: 366 }),
  },
  { additionalProperties: false },
);
export type Room = Static<typeof Room>;

export const RoomList = Type.Object({ rooms: Type.Array(Room) });
export type RoomList = Static<typeof RoomList>;

export const Slot = Type.Object(
  { date: Type.String({ pattern: DATE_PATTERN }), start: Type.String({ pattern: TIME_PATTERN }) },
  { additionalProperties: false },
);
export type Slot = Static<typeof Slot>;

/** Beside the ciphertext in PUT /api/submissions/:id. */
export const ReservationRequest = Type.Object(
  { roomId: Type.String({ pattern: KEBAB_ID_PATTERN, maxLength: 64 }), slots: Type.Array(Slot, { minItems: 1, maxItems: 8 }) },
  { additionalProperties: false },
);
export type ReservationRequest = Static<typeof ReservationRequest>;

/**
 * What the server did with the slots, in the receipt: `held` (provisionally, until staff
 * confirm) or why not. `taken`: another request holds one of them — the one that must never
 * become a double booking.
 */
export const ReservationOutcome = Type.Union([
  Type.Literal('held'),
  Type.Literal('taken'),
  Type.Literal('closed'),
  Type.Literal('too_many_slots'),
  Type.Literal('too_far_ahead'),
  Type.Literal('past'),
  Type.Literal('unknown_room'),
]);
export type ReservationOutcome = Static<typeof ReservationOutcome>;

export const SlotState = Type.Union([Type.Literal('free'), Type.Literal('taken'), Type.Literal('closed')]);
export type SlotState = Static<typeof SlotState>;

export const AvailabilityQuery = Type.Object(
  {
    roomId: Type.String({ pattern: KEBAB_ID_PATTERN, maxLength: 64 }),
    from: Type.String({ pattern: DATE_PATTERN }),
    days: Type.Integer({ minimum: 1, maximum: 42, default: 7 }),
  },
  { additionalProperties: false },
);
export type AvailabilityQuery = Static<typeof AvailabilityQuery>;

export const Availability = Type.Object({
  roomId: Type.String(),
  /** When the server answered: the app shows it as "as of" when offline. */
  asOf: Type.String({ format: 'date-time' }),
  days: Type.Array(
    Type.Object({ date: Type.String(), slots: Type.Array(Type.Object({ start: Type.String(), end: Type.String(), state: SlotState })) }),
  ),
});
export type Availability = Static<typeof Availability>;

export const CancelBody = Type.Object(
  { receiptNumber: Type.String({ pattern: RECEIPT_NUMBER_PATTERN, maxLength: 20 }), pin: Type.String({ pattern: PIN_PATTERN }) },
  { additionalProperties: false },
);
export type CancelBody = Static<typeof CancelBody>;

export const CancelResult = Type.Object({ cancelled: Type.Boolean() });
export type CancelResult = Static<typeof CancelResult>;

export const StaffReservationParams = Type.Object({
  id: Type.String({ pattern: UUID_V7_PATTERN }),
  decision: Type.Union([Type.Literal('confirm'), Type.Literal('decline')]),
});
export type StaffReservationParams = Static<typeof StaffReservationParams>;

export const ReservationStatus = Type.Union([Type.Literal('held'), Type.Literal('confirmed'), Type.Literal('declined'), Type.Literal('cancelled')]);
export type ReservationStatus = Static<typeof ReservationStatus>;

/** GET /api/staff/reservations: requests in one status (held: waiting for a decision). */
export const StaffReservationListQuery = Type.Object({ status: Type.Optional(ReservationStatus) }, { additionalProperties: false });
export type StaffReservationListQuery = Static<typeof StaffReservationListQuery>;

/** One request as staff decide on it: room and slots in clear; the name and phone are on the submission's page. */
export const StaffReservation = Type.Object({
  id: Type.String(),
  receiptNumber: Type.String(),
  receivedAt: Type.String(),
  roomId: Type.String(),
  status: ReservationStatus,
  slots: Type.Array(Slot),
});
export type StaffReservation = Static<typeof StaffReservation>;

export const StaffReservationList = Type.Object({ items: Type.Array(StaffReservation) });
export type StaffReservationList = Static<typeof StaffReservationList>;

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { KEBAB_ID_PATTERN } from '../../../../contract/ids.js';
import { TIME_PATTERN } from '../../../../contract/api/reservations.js';

/** A bookable room, hall or court (content/reservations/rooms.json). */
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

export const RoomsFile = Type.Object(
  { sample: Type.Optional(Type.Boolean()), note: Type.Optional(Type.String()), rooms: Type.Array(Room) },
  { additionalProperties: false },
);

/** Reads CONTENT_DIR/reservations/rooms.json; none means no rooms to book (a city without the service). */
export async function loadRooms(contentDir: string): Promise<Room[]> {
  let text: string;
  try {
    text = await readFile(join(contentDir, 'reservations', 'rooms.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const json: unknown = JSON.parse(text);
  if (!Value.Check(RoomsFile, json)) {
    const first = Value.Errors(RoomsFile, json).First();
    throw new Error(`reservations/rooms.json: ${first?.path ?? ''} ${first?.message ?? 'invalid'}`);
  }
  return json.rooms;
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

// The room's shape is the contract's: the app reads the same rooms from GET /api/reservations/rooms.
import { Room } from '../../../../contract/api/reservations.js';
export { Room };

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

import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Availability, ReservationOutcome, ReservationRequest } from '../../../../contract/api/reservations.js';
import type { ReservationAdapter } from './adapter.js';
import type { Room } from './rooms.js';
import { addDays, checkRequest, isOpenSlot, slotStarts } from './slots.js';

const ACTIVE = ['held', 'confirmed'] as const;

/** The default adapter: reservations in the `reservations` table, guarded by its partial UNIQUE index. */
export function createBuiltinReservations({ db, rooms }: { db: Kysely<Database>; rooms: readonly Room[] }): ReservationAdapter {
  async function availability(room: Room, from: string, days: number, now: Date): Promise<Availability> {
    const to = addDays(from, days - 1);
    const rows = await db
      .selectFrom('reservations')
      .select(['slot_date', 'slot_start'])
      .where('room_id', '=', room.id)
      .where('slot_date', '>=', from)
      .where('slot_date', '<=', to)
      .where('status', 'in', [...ACTIVE])
      .execute();
    const taken = new Set(rows.map((row) => `${row.slot_date} ${row.slot_start}`));
    const out: Availability['days'] = [];
    for (let i = 0; i < days; i++) {
      const date = addDays(from, i);
      out.push({
        date,
        slots: slotStarts(room).map(({ start, end }) => ({
          start,
          end,
          state: !isOpenSlot(room, { date, start }) || checkRequest(room, [{ date, start }], now) ? 'closed' : taken.has(`${date} ${start}`) ? 'taken' : 'free',
        })),
      });
    }
    return { roomId: room.id, asOf: now.toISOString(), days: out };
  }

  async function hold(trx: Kysely<Database>, submissionId: string, request: ReservationRequest, now: Date): Promise<ReservationOutcome> {
    const room = rooms.find((r) => r.id === request.roomId);
    if (!room) return 'unknown_room';
    const refused = checkRequest(room, request.slots, now);
    if (refused) return refused;
    const at = now.toISOString();
    let held = 0;
    for (const [index, slot] of request.slots.entries()) {
      // ON CONFLICT DO NOTHING on the partial unique index: a concurrent holder makes this
      // insert nothing (PostgreSQL waits for the other transaction, then sees its row),
      // instead of an error that would abort the whole transaction.
      const result = await trx
        .insertInto('reservations')
        .values({ submission_id: submissionId, slot_index: index, room_id: room.id, slot_date: slot.date, slot_start: slot.start, status: 'held', created_at: at, updated_at: at })
        // The predicate written out as in the index (migration 007): SQLite matches a partial
        // index by its text, and cannot with bound parameters.
        .onConflict((oc) => oc.columns(['room_id', 'slot_date', 'slot_start']).where(sql<boolean>`status in ('held', 'confirmed')`).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) break;
      held += 1;
    }
    if (held === request.slots.length) return 'held';
    // All or nothing: give back what this request took before it met a taken slot.
    await trx.deleteFrom('reservations').where('submission_id', '=', submissionId).execute();
    return 'taken';
  }

  async function decide(submissionId: string, decision: 'confirm' | 'decline', now: Date): Promise<boolean> {
    const result = await db
      .updateTable('reservations')
      .set({ status: decision === 'confirm' ? 'confirmed' : 'declined', updated_at: now.toISOString() })
      .where('submission_id', '=', submissionId)
      .where('status', '=', 'held')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async function cancel(submissionId: string, now: Date): Promise<boolean> {
    const result = await db
      .updateTable('reservations')
      .set({ status: 'cancelled', updated_at: now.toISOString() })
      .where('submission_id', '=', submissionId)
      .where('status', 'in', [...ACTIVE])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  return { rooms: () => rooms, availability, hold, decide, cancel };
}

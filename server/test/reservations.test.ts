import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { TEST_ROOM } from './helpers/rooms.js';
import { createStaff, login } from './helpers/staff.js';
import { encryptAnswers, keyIdOf, putSubmission, uuidv7 } from './helpers/submissions.js';
import { pinHashInput } from '../../contract/status.js';

const pinHash = (id: string, pin: string) => createHash('sha256').update(pinHashInput(id, pin)).digest('hex');
// The test clock starts Monday 2026-06-01 09:00 in Tokyo; Wednesday is open.
const WEDNESDAY = '2026-06-03';
const slot = (start = '09:00', date = WEDNESDAY) => ({ date, start });

describe.shuffle.each(testDatabases)('facility reservation on $name', (database) => {
  let t: TestApp;
  let clock: ReturnType<typeof testClock>;
  let ciphertext: string;

  beforeEach(async () => {
    clock = testClock();
    t = await buildTestApp(database, { now: clock.now, rooms: [TEST_ROOM] });
    ciphertext = await encryptAnswers({ name: '磐城 花子', phone: '090-0000-0000' }, keyIdOf('room-reservation'));
  });
  afterEach(() => t.close());

  async function request(slots = [slot()], pin = '0123456789', app = t.app, id = uuidv7()) {
    const res = await putSubmission(app, id, { formId: 'room-reservation', ciphertext, pinHash: pinHash(id, pin), reservation: { roomId: TEST_ROOM.id, slots } });
    return { id, pin, status: res.statusCode, body: res.json<{ receiptNumber: string; reservation?: string }>() };
  }

  const status = async (receiptNumber: string, pin: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/status', remoteAddress: `192.0.2.${Math.floor(Math.random() * 250)}`, payload: { queries: [{ receiptNumber, pin }] } })).json<{
      results: Array<{ state: string; message: unknown }>;
    }>().results[0];

  it('holds a free slot at once, and availability shows it taken', async () => {
    const before = await t.app.inject({ url: `/api/reservations/availability?roomId=${TEST_ROOM.id}&from=2026-06-01&days=7` });
    expect(before.statusCode).toBe(200);
    const week = before.json<{ asOf: string; days: Array<{ date: string; slots: Array<{ start: string; state: string }> }> }>();
    expect(week.asOf).toBe('2026-06-01T00:00:00.000Z');
    expect(week.days.map((d) => d.date)).toEqual(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07']);
    expect(week.days[0]?.slots.every((s) => s.state === 'closed')).toBe(true); // Monday
    expect(week.days[2]?.slots.map((s) => s.start)).toEqual(['09:00', '11:00', '13:00', '15:00', '17:00', '19:00']);
    const held = await request();
    expect(held.status).toBe(201);
    expect(held.body.reservation).toBe('held');
    expect(await status(held.body.receiptNumber, held.pin)).toMatchObject({ state: 'in_progress' });
    const after = await t.app.inject({ url: `/api/reservations/availability?roomId=${TEST_ROOM.id}&from=${WEDNESDAY}&days=1` });
    expect(after.json<{ days: Array<{ slots: Array<{ state: string }> }> }>().days[0]?.slots[0]?.state).toBe('taken');
  });

  it('many concurrent requests for one slot, through two servers: exactly one holds it, every other is told "taken", none fails', async () => {
    const second = await buildTestApp(database, { scratch: t.scratch, now: clock.now, rooms: [TEST_ROOM] });
    try {
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => request([slot('13:00')], '0123456789', i % 2 ? second.app : t.app)));
      expect(results.filter((r) => r.status !== 201)).toEqual([]);
      const outcomes = results.map((r) => r.body.reservation);
      expect(outcomes.filter((o) => o === 'held')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'taken')).toHaveLength(59);
      const rows = await t.app.db.selectFrom('reservations').selectAll().where('slot_start', '=', '13:00').execute();
      expect(rows).toHaveLength(1);
      // A loser reads "taken" in their own language: declined, with the stock phrase.
      const loser = results.find((r) => r.body.reservation === 'taken');
      expect(await status(loser?.body.receiptNumber ?? '', loser?.pin ?? '')).toEqual(expect.objectContaining({ state: 'declined', message: { phrase: 'slot-taken' } }));
    } finally {
      await second.app.close();
    }
  });

  it('the database itself refuses a second active holder of a slot, whatever the code does', async () => {
    const row = { submission_id: uuidv7(), slot_index: 0, room_id: TEST_ROOM.id, slot_date: WEDNESDAY, slot_start: '15:00', status: 'held' as const, created_at: 'x', updated_at: 'x' };
    await t.app.db.insertInto('reservations').values(row).execute();
    await expect(t.app.db.insertInto('reservations').values({ ...row, submission_id: uuidv7(), status: 'confirmed' }).execute()).rejects.toThrow();
    // A declined or cancelled row does not hold the slot.
    await t.app.db.insertInto('reservations').values({ ...row, submission_id: uuidv7(), status: 'declined' }).execute();
  });

  it('a replayed delivery answers its first outcome and holds nothing twice', async () => {
    const first = await request([slot('17:00')]);
    const again = await putSubmission(t.app, first.id, { formId: 'room-reservation', ciphertext, pinHash: pinHash(first.id, first.pin), reservation: { roomId: TEST_ROOM.id, slots: [slot('17:00')] } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.body, reservation: 'held' });
    expect(await t.app.db.selectFrom('reservations').selectAll().execute()).toHaveLength(1);
    // The same id with other slots is not the same submission.
    const other = await putSubmission(t.app, first.id, { formId: 'room-reservation', ciphertext, pinHash: pinHash(first.id, first.pin), reservation: { roomId: TEST_ROOM.id, slots: [slot('19:00')] } });
    expect(other.statusCode).toBe(409);
  });

  it('all or nothing: a request meeting one taken slot holds none of its slots', async () => {
    await request([slot('11:00')]);
    const mixed = await request([slot('09:00'), slot('11:00')]);
    expect(mixed.body.reservation).toBe('taken');
    expect(await t.app.db.selectFrom('reservations').select('slot_start').execute()).toEqual([{ slot_start: '11:00' }]);
  });

  it('keeps the rules: slots per request, how far ahead, not past, only open slots, known rooms', async () => {
    expect((await request([slot('09:00', '2026-06-04'), slot('11:00', '2026-06-04'), slot('13:00', '2026-06-04'), slot('15:00', '2026-06-04')])).body.reservation).toBe('too_many_slots');
    expect((await request([slot('09:00', '2026-09-01')])).body.reservation).toBe('too_far_ahead');
    expect((await request([slot('09:00', '2026-05-31')])).body.reservation).toBe('past');
    expect((await request([slot('09:00', '2026-06-08')])).body.reservation).toBe('closed'); // a Monday
    expect((await request([slot('10:00')])).body.reservation).toBe('closed'); // not a slot start
    const id = uuidv7();
    const unknown = await putSubmission(t.app, id, { formId: 'room-reservation', ciphertext, pinHash: pinHash(id, '0123456789'), reservation: { roomId: 'no-such-room', slots: [slot()] } });
    expect(unknown.json<{ reservation: string }>().reservation).toBe('unknown_room');
    expect(await t.app.db.selectFrom('reservations').selectAll().execute()).toEqual([]);
  });

  it('a reservation part on any other form is refused in clear (400), and holds nothing', async () => {
    const id = uuidv7();
    const contact = await encryptAnswers({ name: '磐城 花子' }, keyIdOf('moving-notice'));
    const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: contact, pinHash: pinHash(id, '0123456789'), reservation: { roomId: TEST_ROOM.id, slots: [slot()] } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('reservation_not_allowed');
    expect(await t.app.db.selectFrom('reservations').selectAll().execute()).toEqual([]);
    expect(await t.app.db.selectFrom('submissions').selectAll().execute()).toEqual([]);
    // The slot is still free for a real room reservation.
    expect((await request()).body.reservation).toBe('held');
  });

  it('a room reservation that names no room and slots is refused (400)', async () => {
    const id = uuidv7();
    const res = await putSubmission(t.app, id, { formId: 'room-reservation', ciphertext, pinHash: pinHash(id, '0123456789') });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('reservation_missing');
  });

  it('staff confirm; the citizen sees "done" and "confirmed"; cancelling with the PIN frees the slot for the next', async () => {
    await createStaff(t.app, 'kato', 'staff', undefined, ['shogai-gakushu']);
    const staff = await login(t.app, 'kato');
    const held = await request([slot('19:00')], '1111111111');
    const confirm = await staff.request({ method: 'POST', url: `/api/staff/reservations/${held.id}/confirm` });
    expect(confirm.statusCode).toBe(200);
    expect(await status(held.body.receiptNumber, held.pin)).toMatchObject({ state: 'done', message: { phrase: 'reservation-confirmed' } });
    expect((await staff.request({ method: 'POST', url: `/api/staff/reservations/${held.id}/decline` })).statusCode).toBe(409);
    expect((await request([slot('19:00')])).body.reservation).toBe('taken');

    const cancel = (pin: string) => t.app.inject({ method: 'POST', url: '/api/reservations/cancel', payload: { receiptNumber: held.body.receiptNumber, pin } });
    expect((await cancel('2222222222')).statusCode).toBe(404);
    expect((await cancel(held.pin)).json()).toEqual({ cancelled: true });
    expect(await status(held.body.receiptNumber, held.pin)).toMatchObject({ state: 'cancelled' });
    expect((await request([slot('19:00')])).body.reservation).toBe('held');
  });

  it('staff decline a held request; the citizen sees "declined" with the stock phrase', async () => {
    await createStaff(t.app, 'kato', 'staff', undefined, ['shogai-gakushu']);
    const staff = await login(t.app, 'kato');
    const held = await request([slot('09:00', '2026-06-05')]);
    expect((await staff.request({ method: 'POST', url: `/api/staff/reservations/${held.id}/decline` })).statusCode).toBe(200);
    expect(await status(held.body.receiptNumber, held.pin)).toMatchObject({ state: 'declined', message: { phrase: 'reservation-declined' } });
    expect((await request([slot('09:00', '2026-06-05')])).body.reservation).toBe('held');
  });
});

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
const slot = (start: string, date = '2026-06-03') => ({ date, start });

describe.shuffle.each(testDatabases)('staff list of reservation requests on $name', (database) => {
  let t: TestApp;

  beforeEach(async () => {
    t = await buildTestApp(database, { now: testClock().now, rooms: [TEST_ROOM] });
  });
  afterEach(() => t.close());

  async function request(slots: Array<{ date: string; start: string }>) {
    const id = uuidv7();
    const ciphertext = await encryptAnswers({ name: '磐城 花子', phone: '090-0000-0000' }, keyIdOf('room-reservation'));
    const res = await putSubmission(t.app, id, { formId: 'room-reservation', ciphertext, pinHash: pinHash(id, '0123456789'), reservation: { roomId: TEST_ROOM.id, slots } });
    return { id, receiptNumber: res.json<{ receiptNumber: string }>().receiptNumber };
  }

  it('lists held requests with their room and slots, and a confirmed one moves to the confirmed list', async () => {
    await createStaff(t.app, 'kato', 'staff', undefined, ['shogai-gakushu']);
    const staff = await login(t.app, 'kato');
    const first = await request([slot('09:00'), slot('11:00')]);
    await request([slot('09:00')]); // taken: nothing held, so not listed
    const held = await staff.request({ method: 'GET', url: '/api/staff/reservations' });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toEqual({
      items: [{ id: first.id, receiptNumber: first.receiptNumber, receivedAt: expect.any(String), roomId: TEST_ROOM.id, status: 'held', slots: [slot('09:00'), slot('11:00')] }],
    });
    await staff.request({ method: 'POST', url: `/api/staff/reservations/${first.id}/confirm` });
    expect((await staff.request({ method: 'GET', url: '/api/staff/reservations' })).json()).toEqual({ items: [] });
    const confirmed = await staff.request({ method: 'GET', url: '/api/staff/reservations?status=confirmed' });
    expect(confirmed.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).toEqual([first.id]);
  });

  it('staff of another department see none of them; a bad status is refused', async () => {
    await createStaff(t.app, 'sato', 'staff', undefined, ['shimin']);
    const staff = await login(t.app, 'sato');
    await request([slot('13:00')]);
    expect((await staff.request({ method: 'GET', url: '/api/staff/reservations' })).json()).toEqual({ items: [] });
    expect((await staff.request({ method: 'GET', url: '/api/staff/reservations?status=gone' })).statusCode).toBe(400);
  });

  it('is for staff only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/reservations' })).statusCode).toBe(401);
  });
});

import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import { encryptAnswers, keyIdOf, putSubmission, uuidv7 } from './helpers/submissions.js';
import { pinHashInput } from '../../contract/status.js';
import * as nodeCrypto from 'node:crypto';

vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof nodeCrypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const pinHash = (id: string, pin: string) => createHash('sha256').update(pinHashInput(id, pin)).digest('hex');

interface Sent {
  id: string;
  receiptNumber: string;
  pin: string;
}

describe.shuffle.each(testDatabases)('status of a request by receipt number + PIN on $name', (database) => {
  let t: TestApp;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    clock = testClock();
    t = await buildTestApp(database, { now: clock.now, statusLookupLimits: { windowSeconds: 600, perIp: 5, perKiosk: 50 } });
  });
  afterEach(() => t.close());

  async function send(pin = '0123456789', formId = 'moving-notice'): Promise<Sent> {
    const id = uuidv7();
    const ciphertext = await encryptAnswers({ name: '磐城 花子' }, keyIdOf(formId));
    const res = await putSubmission(t.app, id, { formId, ciphertext, pinHash: pinHash(id, pin) });
    expect(res.statusCode).toBe(201);
    return { id, receiptNumber: res.json<{ receiptNumber: string }>().receiptNumber, pin };
  }

  const lookup = (queries: Array<{ receiptNumber: string; pin: string }>, remoteAddress = '192.0.2.10') =>
    t.app.inject({ method: 'POST', url: '/api/status', remoteAddress, payload: { queries } });

  it('a citizen with the right PIN sees "received" and nothing personal', async () => {
    const sent = await send();
    const res = await lookup([{ receiptNumber: sent.receiptNumber, pin: sent.pin }]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const [answer] = res.json<{ results: Array<Record<string, unknown>> }>().results;
    expect(answer).toEqual({ receiptNumber: sent.receiptNumber, found: true, formId: 'moving-notice', state: 'received', updatedAt: '2026-06-01T00:00:00.000Z', message: null });
    expect(res.body).not.toContain(sent.id);
    expect(res.body).not.toContain('eyJ');
  });

  it('a wrong PIN and an unknown number get the same answer', async () => {
    const sent = await send();
    const res = await lookup([
      { receiptNumber: sent.receiptNumber, pin: '9999999999' },
      { receiptNumber: 'IW-2026-999999', pin: sent.pin },
    ]);
    expect(res.json<{ results: unknown[] }>().results).toEqual([
      { receiptNumber: sent.receiptNumber, found: false },
      { receiptNumber: 'IW-2026-999999', found: false },
    ]);
  });

  it('compares PIN hashes in constant time, also for a number that does not exist', async () => {
    const sent = await send();
    const spy = vi.mocked(nodeCrypto.timingSafeEqual);
    spy.mockClear();
    await lookup([{ receiptNumber: sent.receiptNumber, pin: '1111111111' }, { receiptNumber: 'IW-2026-999999', pin: '1111111111' }]);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('stores only a salted hash of the PIN, never the PIN', async () => {
    const sent = await send('4242424242');
    const row = await t.app.db.selectFrom('submissions').selectAll().where('id', '=', sent.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('4242424242');
    expect(row.pin_hash).toBe(pinHash(sent.id, '4242424242'));
    // The same PIN on another submission hashes differently: one hash says nothing of another.
    expect(pinHash(uuidv7(), '4242424242')).not.toBe(row.pin_hash);
  });

  it('refuses malformed PINs and numbers at the door', async () => {
    for (const queries of [[{ receiptNumber: 'IW-2026-000001', pin: '123' }], [{ receiptNumber: "x' or 1=1", pin: '0123456789' }], [], Array(21).fill({ receiptNumber: 'IW-2026-000001', pin: '0123456789' })]) {
      expect((await lookup(queries)).statusCode).toBe(400);
    }
  });

  it('limits lookups per address, counting each queried receipt, with Retry-After', async () => {
    const sent = await send();
    const q = { receiptNumber: sent.receiptNumber, pin: '0000000000' };
    expect((await lookup([q, q, q, q])).statusCode).toBe(200);
    expect((await lookup([q])).statusCode).toBe(200);
    const refused = await lookup([q]);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address has its own allowance; the guesser's refills with time.
    expect((await lookup([q], '192.0.2.99')).statusCode).toBe(200);
    clock.advance(600_000);
    expect((await lookup([{ receiptNumber: sent.receiptNumber, pin: sent.pin }])).json<{ results: Array<{ found: boolean }> }>().results[0]?.found).toBe(true);
  });

  it('a replay with another PIN hash is a conflict, not a new PIN', async () => {
    const id = uuidv7();
    const ciphertext = await encryptAnswers({ a: 1 }, keyIdOf('moving-notice'));
    expect((await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext, pinHash: pinHash(id, '1111111111') })).statusCode).toBe(201);
    expect((await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext, pinHash: pinHash(id, '1111111111') })).statusCode).toBe(200);
    expect((await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext, pinHash: pinHash(id, '2222222222') })).statusCode).toBe(409);
  });

  it('staff set state and message in bulk, only for their departments; the citizen sees it', async () => {
    await createStaff(t.app, 'kato', 'staff', undefined, ['shimin']);
    const staff = await login(t.app, 'kato');
    const a = await send('1111111111');
    const b = await send('2222222222');
    const other = await send('3333333333', 'bulky-waste-pickup');
    clock.advance(60_000);
    const res = await staff.request({
      method: 'POST',
      url: '/api/staff/submissions/progress',
      payload: { ids: [a.id, b.id, other.id], state: 'done', message: { phrase: 'ready-for-pickup' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ updated: string[] }>().updated.sort()).toEqual([a.id, b.id].sort());
    const seen = await lookup([a, b, other].map(({ receiptNumber, pin }) => ({ receiptNumber, pin })));
    const results = seen.json<{ results: Array<{ state: string; message: unknown; updatedAt: string }> }>().results;
    expect(results.map((r) => r.state)).toEqual(['done', 'done', 'received']);
    expect(results[0]?.message).toEqual({ phrase: 'ready-for-pickup' });
    expect(results[0]?.updatedAt).toBe('2026-06-01T00:01:00.000Z');
    const list = await staff.request({ url: '/api/staff/submissions?formId=moving-notice' });
    expect(list.json<{ items: Array<{ progress: string }> }>().items.map((i) => i.progress)).toEqual(['done', 'done']);
  });

  it('staff may write their own message per language; an unknown phrase is refused', async () => {
    await createStaff(t.app, 'sato', 'admin');
    const admin = await login(t.app, 'sato');
    const a = await send();
    const own = { text: { ja: '窓口でお受け取りください', en: 'Please collect it at the counter' } };
    const ok = await admin.request({ method: 'POST', url: '/api/staff/submissions/progress', payload: { ids: [a.id], state: 'in_progress', message: own } });
    expect(ok.statusCode).toBe(200);
    const answer = (await lookup([{ receiptNumber: a.receiptNumber, pin: a.pin }])).json<{ results: Array<{ message: unknown; state: string }> }>().results[0];
    expect(answer).toMatchObject({ state: 'in_progress', message: own });
    const bad = await admin.request({ method: 'POST', url: '/api/staff/submissions/progress', payload: { ids: [a.id], state: 'done', message: { phrase: 'made-up' } } });
    expect(bad.statusCode).toBe(400);
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'target']).where('action', '=', 'submission.progress').execute();
    expect(audit).toEqual([{ action: 'submission.progress', target: a.id }]);
  });
});

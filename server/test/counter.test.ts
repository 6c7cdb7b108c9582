import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_MS } from '../src/services/counter.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { openEventStream, type EventStreamClient } from './helpers/event-stream.js';
import { createStaff, login, type StaffClient } from './helpers/staff.js';

const phrases = new Map([
  ['id-document', undefined], ['yes', undefined], ['number-answer', 'number' as const], ['date-answer', 'date' as const],
]);

describe.shuffle.each(testDatabases)('counter conversations on $name', (database) => {
  let test: TestApp;
  let app: FastifyInstance;
  let base: string;
  let clerk: StaffClient;
  const clock = testClock(new Date());
  const streams: EventStreamClient[] = [];
  let nextIp = 1;

  beforeAll(async () => {
    test = await buildTestApp(database, { now: clock.now, counter: { phrases, joinPerIp: 5, sweepEveryMs: 200 } });
    app = test.app;
    await createStaff(app, 'clerk');
    clerk = await login(app, 'clerk');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await test.close();
  });

  async function open(counter = 'taira-1') {
    const res = await clerk.request({ method: 'POST', url: '/api/staff/counter-sessions', payload: { counter } });
    expect(res.statusCode).toBe(201);
    return res.json<{ sessionId: string; code: string; token: string }>();
  }
  const join = (code: string, remoteAddress = `10.9.0.${nextIp++}`) =>
    app.inject({ method: 'POST', url: '/api/counter/join', remoteAddress, payload: { code } });
  const say = (id: string, body: Record<string, unknown>) => app.inject({ method: 'POST', url: `/api/counter/sessions/${id}/say`, payload: body });
  async function listen(id: string, token: string) {
    const stream = await openEventStream(`${base}/api/counter/sessions/${id}/events?token=${token}`);
    streams.push(stream);
    return stream;
  }
  const rows = async () => (await app.db.selectFrom('counter_sessions').select('id').execute()).length;

  it('pairs a kiosk with the clerk by code and carries phrase ids and numbers both ways', async () => {
    const conversation = await open();
    expect(conversation.code).toMatch(/^\d{6}$/);
    const staff = await listen(conversation.sessionId, conversation.token);
    expect(staff.status).toBe(200);
    await staff.next((e) => e.event === 'state' && (e.data as { paired: boolean }).paired === false);

    const joined = await join(conversation.code);
    expect(joined.statusCode).toBe(200);
    const citizen = joined.json<{ sessionId: string; token: string; counter: string }>();
    expect(citizen).toMatchObject({ sessionId: conversation.sessionId, counter: 'taira-1' });
    await staff.next((e) => e.event === 'state' && (e.data as { paired: boolean }).paired);
    const kiosk = await listen(citizen.sessionId, citizen.token);
    await kiosk.next((e) => e.event === 'state' && (e.data as { side: string }).side === 'citizen');

    expect((await say(conversation.sessionId, { token: conversation.token, phrase: 'id-document' })).statusCode).toBe(202);
    expect((await kiosk.next((e) => e.event === 'say')).data).toEqual({ from: 'staff', phrase: 'id-document' });
    expect((await say(citizen.sessionId, { token: citizen.token, phrase: 'number-answer', n: 42 })).statusCode).toBe(202);
    expect((await staff.next((e) => e.event === 'say' && (e.data as { from: string }).from === 'citizen')).data)
      .toEqual({ from: 'citizen', phrase: 'number-answer', n: 42 });
  });

  it('refuses free text: unknown phrases, extra fields and values a phrase does not hold', async () => {
    const { sessionId, token } = await open('taira-2');
    const refused = [
      [{ token, phrase: 'tanaka-taro' }, 422, 'unknown_phrase'],
      [{ token, phrase: 'yes', text: '田中太郎' }, 400, undefined],
      [{ token, phrase: 'yes', n: 5 }, 422, 'value_not_expected'],
      [{ token, phrase: 'number-answer' }, 422, 'value_missing'],
      [{ token, phrase: 'number-answer', n: 1.5 }, 400, undefined],
      [{ token, phrase: 'date-answer', date: '2026-02-30' }, 422, 'bad_value'],
      [{ token, phrase: 'date-answer', date: '平成8年' }, 400, undefined],
    ] as const;
    for (const [body, status, code] of refused) {
      const res = await say(sessionId, body);
      expect([JSON.stringify(body), res.statusCode]).toEqual([JSON.stringify(body), status]);
      if (code) expect(res.json<{ error: { code: string } }>().error.code).toBe(code);
    }
  });

  it('joins once: the same code again, or a wrong one, finds nothing', async () => {
    const { code } = await open('taira-3');
    expect((await join(code)).statusCode).toBe(200);
    expect((await join(code)).statusCode).toBe(404);
    expect((await join(code === '000000' ? '000001' : '000000')).statusCode).toBe(404);
  });

  it('stops one address guessing codes, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await join(String(100000 + i), '10.8.8.8')).statusCode);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const res = await join('123456', '10.8.8.8');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ends for both screens when either side ends it, and leaves no row behind', async () => {
    const before = await rows();
    const conversation = await open('taira-4');
    const citizen = (await join(conversation.code)).json<{ sessionId: string; token: string }>();
    const staff = await listen(conversation.sessionId, conversation.token);
    const kiosk = await listen(citizen.sessionId, citizen.token);
    await kiosk.next((e) => e.event === 'state');
    const ended = await app.inject({ method: 'POST', url: `/api/counter/sessions/${citizen.sessionId}/end`, payload: { token: citizen.token } });
    expect(ended.statusCode).toBe(204);
    await staff.next((e) => e.event === 'ended');
    await kiosk.closed;
    expect(await rows()).toBe(before);
    expect(await app.db.selectFrom('counter_sessions').where('id', '=', conversation.sessionId).select('id').execute()).toEqual([]);
    expect((await say(conversation.sessionId, { token: conversation.token, phrase: 'yes' })).statusCode).toBe(404);
    expect((await openEventStream(`${base}/api/counter/sessions/${conversation.sessionId}/events?token=${conversation.token}`)).status).toBe(404);
  });

  it('a screen back after a dropped connection gets what it missed from this server (Last-Event-ID)', async () => {
    const conversation = await open('taira-9');
    const citizen = (await join(conversation.code)).json<{ sessionId: string; token: string }>();
    const first = await listen(citizen.sessionId, citizen.token);
    await say(conversation.sessionId, { token: conversation.token, phrase: 'id-document' });
    const seen = await first.next((e) => e.event === 'say');
    first.close();
    await say(conversation.sessionId, { token: conversation.token, phrase: 'number-answer', n: 7 });
    const again = await openEventStream(`${base}/api/counter/sessions/${citizen.sessionId}/events?token=${citizen.token}`, { 'last-event-id': seen.id! });
    streams.push(again);
    expect((await again.next((e) => e.event === 'say')).data).toEqual({ from: 'staff', phrase: 'number-answer', n: 7 });
  });

  it('a new conversation at the same counter ends the one it had', async () => {
    const first = await open('taira-5');
    const staff = await listen(first.sessionId, first.token);
    await staff.next((e) => e.event === 'state');
    await open('taira-5');
    await staff.next((e) => e.event === 'ended');
  });

  it('a conversation nobody ended goes at its expiry: its screens are told and its row deleted', async () => {
    const conversation = await open('taira-10');
    const staff = await listen(conversation.sessionId, conversation.token);
    await staff.next((e) => e.event === 'state');
    clock.advance(CONVERSATION_MS + 1000);
    await staff.next((e) => e.event === 'ended');
    expect(await app.db.selectFrom('counter_sessions').where('id', '=', conversation.sessionId).select('id').execute()).toEqual([]);
  });

  it('a token of one conversation opens no other, and a stale one is swept away', async () => {
    const a = await open('taira-6');
    const b = await open('taira-7');
    expect((await say(b.sessionId, { token: a.token, phrase: 'yes' })).statusCode).toBe(404);
    clock.advance(CONVERSATION_MS + 1000);
    expect((await say(a.sessionId, { token: a.token, phrase: 'yes' })).statusCode).toBe(404);
    await open('taira-8'); // sweeps
    const left = await app.db.selectFrom('counter_sessions').select('counter').execute();
    expect(left.map((r) => r.counter)).toEqual(['taira-8']);
  });
});

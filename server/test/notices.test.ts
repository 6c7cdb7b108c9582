import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ACTIVE_NOTICES } from '../src/services/notices.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { enrolKiosk, heartbeat } from './helpers/kiosks.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

interface Notice {
  id: string;
  severity: string;
  message: Record<string, string>;
  targets?: unknown;
}

const HOUR = 60 * 60 * 1000;

describe.shuffle.each(testDatabases)('notices on $name', (database) => {
  let clock = testClock(new Date());
  let t: TestApp;
  let staff: StaffClient;
  let admin: StaffClient;
  let kioskA: string;
  let kioskB: string;
  const inHours = (hours: number) => new Date(clock.now().getTime() + hours * HOUR).toISOString();

  // A database and a clock of its own for every test: each passes alone and in any order.
  beforeEach(async () => {
    clock = testClock(new Date());
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'sato', 'admin');
    await createStaff(t.app, 'kato');
    admin = await login(t.app, 'sato');
    kioskA = await enrolKiosk(t.app, admin, 'kiosk-a');
    kioskB = await enrolKiosk(t.app, admin, 'kiosk-b');
    // Posting is for any staff member (the person on duty may not be an admin), except a city-wide emergency.
    staff = await login(t.app, 'kato');
  });
  afterEach(() => t.close());

  const postAs = (client: StaffClient, body: Record<string, unknown>) => client.request({ method: 'POST', url: '/api/staff/notices', payload: body });
  const post = (body: Record<string, unknown>) => postAs(staff, body);
  const kioskNotices = async (token: string) => (await heartbeat(t.app, token)).json<{ notices: Notice[] }>().notices;
  const publicNotices = async () => (await t.app.inject('/api/notices')).json<{ notices: Notice[] }>().notices;

  /** A closure notice for kiosk A from staff, then a tsunami warning to all from the admin. */
  async function postClosureAndTsunami(): Promise<{ toA: Notice; toAll: Notice }> {
    const first = await post({ severity: 'info', message: { ja: '本日は17時で閉館します', en: 'Closing at 17:00 today' }, targets: ['kiosk-a'], expiresAt: inHours(8) });
    const second = await postAs(admin, { severity: 'emergency', message: { ja: '津波警報が発表されました', 'ja-easy': 'つなみが きます', en: 'Tsunami warning' }, targets: 'all', expiresAt: inHours(24) });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    return { toA: first.json<Notice>(), toAll: second.json<Notice>() };
  }

  it('a notice to all reaches every kiosk and every phone; one to a kiosk reaches only it', async () => {
    const { toA, toAll } = await postClosureAndTsunami();
    expect(toAll).toMatchObject({ severity: 'emergency', targets: 'all', createdBy: 'sato', message: { 'ja-easy': 'つなみが きます' } });

    // The emergency comes first even though the closure was posted before it.
    expect((await kioskNotices(kioskA)).map((n) => n.id)).toEqual([toAll.id, toA.id]);
    expect((await kioskNotices(kioskB)).map((n) => n.id)).toEqual([toAll.id]);
    expect((await publicNotices()).map((n) => n.id)).toEqual([toAll.id]);
    const viaGet = await t.app.inject({ url: '/api/kiosks/notices', headers: { authorization: `Bearer ${kioskA}` } });
    expect(viaGet.json<{ notices: Notice[] }>().notices.map((n) => n.id)).toEqual([toAll.id, toA.id]);
  });

  it('the public list needs no login, may be cached for a minute, and never shows targets', async () => {
    await postClosureAndTsunami();
    const res = await t.app.inject('/api/notices');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const { notices } = res.json<{ notices: Notice[] }>();
    expect(notices).toHaveLength(1);
    expect(notices[0]).not.toHaveProperty('targets');
  });

  it('staff see every active notice with its targets', async () => {
    const { toA, toAll } = await postClosureAndTsunami();
    const res = await staff.request({ url: '/api/staff/notices' });
    expect(res.json<{ notices: Notice[] }>().notices.map((n) => [n.id, n.targets])).toEqual([
      [toAll.id, 'all'],
      [toA.id, ['kiosk-a']],
    ]);
  });

  it('a notice disappears by itself when it expires', async () => {
    const { toAll } = await postClosureAndTsunami();
    clock.advance(9 * HOUR);
    expect((await kioskNotices(kioskA)).map((n) => n.id)).toEqual([toAll.id]);
  });

  it('a withdrawn notice disappears everywhere; withdrawing again is harmless', async () => {
    const { toAll } = await postClosureAndTsunami();
    clock.advance(9 * HOUR); // the closure has lapsed
    admin = await login(t.app, 'sato'); // nine hours on: a new working session
    const res = await admin.request({ method: 'DELETE', url: `/api/staff/notices/${toAll.id}` });
    expect(res.statusCode).toBe(204);
    expect(await publicNotices()).toEqual([]);
    expect(await kioskNotices(kioskA)).toEqual([]);
    expect((await admin.request({ method: 'DELETE', url: `/api/staff/notices/${toAll.id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: 'DELETE', url: '/api/staff/notices/01900000-0000-7000-8000-000000000000' })).statusCode).toBe(404);

    const row = await t.app.db.selectFrom('kiosk_notices').select(['withdrawn_by', 'withdrawn_at']).where('id', '=', toAll.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ withdrawn_by: 'sato', withdrawn_at: clock.now().toISOString() });
  });

  it('a city-wide emergency is withdrawn only by an administrator or a disaster officer; staff withdraw their kiosks\' notices', async () => {
    const { toA, toAll } = await postClosureAndTsunami();
    const refused = await staff.request({ method: 'DELETE', url: `/api/staff/notices/${toAll.id}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'emergency_withdraw_not_allowed' } });
    // Still on every screen, and nothing in the audit log says it was withdrawn.
    expect((await publicNotices()).map((n) => n.id)).toEqual([toAll.id]);
    expect(await t.app.db.selectFrom('audit_events').select('action').where('action', '=', 'notice.withdraw').execute()).toEqual([]);
    expect((await staff.request({ method: 'DELETE', url: `/api/staff/notices/${toA.id}` })).statusCode).toBe(204);

    expect((await t.app.staffUsers.setDisasterOfficer('kato', true)).ok).toBe(true);
    expect((await staff.request({ method: 'DELETE', url: `/api/staff/notices/${toAll.id}` })).statusCode).toBe(204);
    expect(await publicNotices()).toEqual([]);
  });

  it('posting and withdrawing are in the audit log', async () => {
    const { toA } = await postClosureAndTsunami();
    expect((await staff.request({ method: 'DELETE', url: `/api/staff/notices/${toA.id}` })).statusCode).toBe(204);
    const rows = await t.app.db.selectFrom('audit_events').select(['action', 'target']).where('actor', '=', 'kato').where('action', 'like', 'notice.%').execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'notice.post', target: toA.id },
        { action: 'notice.withdraw', target: toA.id },
      ]),
    );
    expect(rows.filter((row) => row.action === 'notice.withdraw')).toHaveLength(1);
  });

  it('an undo right after posting is a withdrawal the audit log marks as an undo', async () => {
    const res = await post({ severity: 'info', message: { ja: '誤って掲載' }, targets: 'all', expiresAt: inHours(1) });
    const { id } = res.json<{ id: string }>();
    expect((await staff.request({ method: 'DELETE', url: `/api/staff/notices/${id}?reason=undo` })).statusCode).toBe(204);
    expect((await publicNotices()).map((n: { id: string }) => n.id)).not.toContain(id);
    const row = await t.app.db.selectFrom('audit_events').select(['action', 'detail']).where('target', '=', id).where('action', '=', 'notice.withdraw').executeTakeFirstOrThrow();
    expect(JSON.parse(row.detail!)).toEqual({ reason: 'undo' });
    expect((await staff.request({ method: 'DELETE', url: `/api/staff/notices/${id}?reason=oops` })).statusCode).toBe(400);
  });

  it.each([
    ['no Japanese', { severity: 'info', message: { en: 'Hello' }, targets: 'all' }, 400, 'invalid_request'],
    ['an empty message', { severity: 'info', message: { ja: '' }, targets: 'all' }, 400, 'invalid_request'],
    ['an unknown severity', { severity: 'panic', message: { ja: 'x' }, targets: 'all' }, 400, 'invalid_request'],
    ['no targets', { severity: 'info', message: { ja: 'x' }, targets: [] }, 400, 'invalid_request'],
    ['a message over 1000 characters', { severity: 'info', message: { ja: 'あ'.repeat(1001) }, targets: 'all' }, 400, 'invalid_request'],
    ['an expiry in the past', { severity: 'info', message: { ja: 'x' }, targets: 'all', expiresAt: '2020-01-01T00:00:00Z' }, 422, 'invalid_expiry'],
    ['an expiry more than a week away', { severity: 'info', message: { ja: 'x' }, targets: 'all', expiresAt: '2099-01-01T00:00:00Z' }, 422, 'expiry_too_far'],
    ['an unknown kiosk', { severity: 'info', message: { ja: 'x' }, targets: ['kiosk-a', 'kiosk-z'] }, 422, 'unknown_kiosk'],
  ])('refuses a notice with %s', async (_label, body, status, code) => {
    const res = await post({ expiresAt: inHours(1), ...body });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
  });

  it('a city-wide emergency needs an administrator or a disaster officer; staff may still post one to named kiosks', async () => {
    const emergency = { severity: 'emergency', message: { ja: '避難指示（訓練ではありません）' }, expiresAt: inHours(2) };
    const cityWide = await post({ ...emergency, targets: 'all' });
    expect(cityWide.statusCode).toBe(403);
    expect(cityWide.json()).toMatchObject({ error: { code: 'emergency_not_allowed' } });
    expect((await publicNotices()).map((n) => n.message.ja)).not.toContain('避難指示（訓練ではありません）');
    expect((await post({ ...emergency, targets: ['kiosk-a'] })).statusCode).toBe(201);
    admin = await login(t.app, 'sato'); // the morning's session has lapsed
    expect((await postAs(admin, { ...emergency, targets: 'all' })).statusCode).toBe(201);

    // The officer on duty at 危機管理課, made one from the CLI, need not find an admin.
    expect((await t.app.staffUsers.setDisasterOfficer('kato', true)).ok).toBe(true);
    expect((await post({ ...emergency, targets: 'all' })).statusCode).toBe(201);
    await t.app.staffUsers.setDisasterOfficer('kato', false);
    expect((await post({ ...emergency, targets: 'all' })).statusCode).toBe(403);
  });

  it(`keeps at most ${MAX_ACTIVE_NOTICES} notices active at once, so a flood of posts cannot bury the real one`, async () => {
    const active = (await staff.request({ url: '/api/staff/notices' })).json<{ notices: Notice[] }>().notices.length;
    for (let i = active; i < MAX_ACTIVE_NOTICES; i++) {
      expect((await post({ severity: 'info', message: { ja: `お知らせ ${i}` }, targets: ['kiosk-b'], expiresAt: inHours(1) })).statusCode).toBe(201);
    }
    const over = await post({ severity: 'info', message: { ja: 'もう一件' }, targets: ['kiosk-b'], expiresAt: inHours(1) });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ error: { code: 'too_many_notices' } });
    // Room again once they lapse.
    clock.advance(2 * HOUR);
    staff = await login(t.app, 'kato');
    expect((await post({ severity: 'info', message: { ja: 'もう一件' }, targets: ['kiosk-b'], expiresAt: inHours(1) })).statusCode).toBe(201);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { PASSWORD, createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

interface Status { siteId: string; state: string; headcount: number | null; setAt: string }

const CHANGE_1 = '01938a6e-0000-7000-8000-000000000001';
const CHANGE_2 = '01938a6e-0000-7000-8000-000000000002';
const SITE = '07204400101';

describe.shuffle.each(testDatabases)('shelter status on $name', (database) => {
  let clock = testClock();
  let t: TestApp;
  let staff: StaffClient;
  let keeper: StaffClient;

  beforeEach(async () => {
    clock = testClock(new Date('2026-06-01T03:00:00Z'));
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'kato');
    const made = await t.app.staffUsers.create({ username: 'hinan', password: PASSWORD, role: 'staff', shelterOnly: true });
    if (!made.ok) throw new Error(made.message);
    staff = await login(t.app, 'kato');
    keeper = await login(t.app, 'hinan');
  });
  afterEach(() => t.close());

  const put = (client: StaffClient, id: string, body: Record<string, unknown>) =>
    client.request({ method: 'PUT', url: `/api/staff/shelters/status/${id}`, payload: body });
  const statuses = async () => (await t.app.inject('/api/shelters/status')).json<{ statuses: Status[]; at: string }>();

  it('a shelter marked full shows as full, with the time staff set it, to every device', async () => {
    const res = await put(keeper, CHANGE_1, { siteId: SITE, state: 'full', headcount: 420, setAt: '2026-06-01T02:59:30.000Z' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ applied: true, current: { siteId: SITE, state: 'full', headcount: 420, setAt: '2026-06-01T02:59:30.000Z' } });
    const list = await statuses();
    expect(list.statuses).toEqual([{ siteId: SITE, state: 'full', headcount: 420, setAt: '2026-06-01T02:59:30.000Z' }]);
    expect(list.at).toBe('2026-06-01T03:00:00.000Z');
    const audit = await t.app.db.selectFrom('audit_events').select(['actor', 'action', 'target']).where('action', '=', 'shelter.status').execute();
    expect(audit).toEqual([{ actor: 'hinan', action: 'shelter.status', target: SITE }]);
  });

  it('a change sent again (the phone never saw the answer) is applied once and answered the same', async () => {
    const body = { siteId: SITE, state: 'crowded', setAt: '2026-06-01T02:59:00.000Z' };
    const first = await put(staff, CHANGE_1, body);
    // Meanwhile a colleague marks it full; the old change's retry must not bring back "crowded".
    await put(staff, CHANGE_2, { siteId: SITE, state: 'full', setAt: '2026-06-01T02:59:40.000Z' });
    const again = await put(staff, CHANGE_1, { setAt: body.setAt, state: body.state, siteId: SITE });
    expect(first.json()).toMatchObject({ applied: true });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ applied: false, current: { state: 'full' } });
    const changes = await t.app.db.selectFrom('shelter_status_changes').select('id').execute();
    expect(changes.map((c) => c.id).sort()).toEqual([CHANGE_1, CHANGE_2]);
    expect((await statuses()).statuses[0]?.state).toBe('full');
  });

  it('refuses another change under an id already used (409) and keeps the first', async () => {
    await put(staff, CHANGE_1, { siteId: SITE, state: 'open', setAt: '2026-06-01T02:59:00.000Z' });
    const reuse = await put(staff, CHANGE_1, { siteId: SITE, state: 'closed', setAt: '2026-06-01T02:59:00.000Z' });
    expect(reuse.statusCode).toBe(409);
    expect(reuse.json()).toMatchObject({ error: { code: 'id_conflict' } });
    expect((await statuses()).statuses[0]?.state).toBe('open');
  });

  it('a change queued offline and delivered late does not undo a later one', async () => {
    await put(staff, CHANGE_2, { siteId: SITE, state: 'full', setAt: '2026-06-01T02:50:00.000Z' });
    const late = await put(keeper, CHANGE_1, { siteId: SITE, state: 'open', setAt: '2026-06-01T02:30:00.000Z' });
    expect(late.json()).toMatchObject({ applied: false, current: { state: 'full', setAt: '2026-06-01T02:50:00.000Z' } });
  });

  it('a phone clock running fast cannot date a change after the server\'s now', async () => {
    await put(staff, CHANGE_1, { siteId: SITE, state: 'full', setAt: '2026-06-01T09:00:00.000Z' });
    expect((await statuses()).statuses[0]?.setAt).toBe('2026-06-01T03:00:00.000Z');
    clock.advance(60_000);
    const later = await put(staff, CHANGE_2, { siteId: SITE, state: 'open', setAt: '2026-06-01T03:01:00.000Z' });
    expect(later.json()).toMatchObject({ applied: true, current: { state: 'open' } });
  });

  it('refuses what is not a status change', async () => {
    const bad = [
      { siteId: SITE, state: 'half-full', setAt: '2026-06-01T02:59:00.000Z' },
      { siteId: SITE, state: 'open', headcount: -1, setAt: '2026-06-01T02:59:00.000Z' },
      { siteId: SITE, state: 'open', headcount: 1.5, setAt: '2026-06-01T02:59:00.000Z' },
      { siteId: '../etc', state: 'open', setAt: '2026-06-01T02:59:00.000Z' },
      { siteId: SITE, state: 'open', setAt: 'yesterday' },
    ];
    for (const body of bad) expect([body, (await put(staff, CHANGE_1, body)).statusCode]).toEqual([body, 400]);
    expect((await put(staff, 'not-a-uuid', { siteId: SITE, state: 'open', setAt: '2026-06-01T02:59:00.000Z' })).statusCode).toBe(400);
    expect((await statuses()).statuses).toEqual([]);
  });

  it('only staff may set a status: no session is 401, no CSRF token 403', async () => {
    const body = { siteId: SITE, state: 'full', setAt: '2026-06-01T02:59:00.000Z' };
    expect((await t.app.inject({ method: 'PUT', url: `/api/staff/shelters/status/${CHANGE_1}`, payload: body })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'PUT', url: `/api/staff/shelters/status/${CHANGE_1}`, payload: body, headers: { cookie: staff.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await statuses()).statuses).toEqual([]);
  });

  it('shelter staff may set shelter status and nothing else', async () => {
    expect((await keeper.request({ url: '/api/staff/me' })).json()).toMatchObject({ user: { username: 'hinan', role: 'shelter' } });
    for (const url of ['/api/staff/submissions', '/api/staff/notices', '/api/staff/kiosks', '/api/staff/audit']) {
      const res = await keeper.request({ url });
      expect([url, res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([url, 403, 'shelter_only']);
    }
    const post = await keeper.request({ method: 'POST', url: '/api/staff/notices', payload: { severity: 'info', message: { ja: 'x' }, targets: 'all', expiresAt: '2026-06-01T05:00:00Z' } });
    expect(post.statusCode).toBe(403);
    // Other staff keep their pages.
    expect((await staff.request({ url: '/api/staff/notices' })).statusCode).toBe(200);
    expect((await keeper.request({ method: 'POST', url: '/api/staff/logout' })).statusCode).toBe(204);
  });
});

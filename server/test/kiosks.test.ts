import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENROLMENT_TTL_MS, STALE_AFTER_MS } from '../src/services/kiosks.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { HEARTBEAT, enrol, enrolKiosk, heartbeat } from './helpers/kiosks.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

interface FleetKiosk {
  id: string;
  [key: string]: unknown;
}

describe.shuffle.each(testDatabases)('kiosks on $name', (database) => {
  const clock = testClock(new Date());
  let t: TestApp;
  let admin: StaffClient;
  let packsDir: string;

  beforeAll(async () => {
    packsDir = await mkdtemp(join(tmpdir(), 'madoguchi-packs-'));
    await mkdir(packsDir, { recursive: true });
    await writeFile(join(packsDir, 'manifest.json'), JSON.stringify({ version: '2026.11.25-0900-abcd1234', createdAt: '', files: [] }));
    t = await buildTestApp(database, { now: clock.now, packsDir });
    await createStaff(t.app, 'sato', 'admin');
    admin = await login(t.app, 'sato');
  });
  afterAll(async () => {
    await t.close();
    await rm(packsDir, { recursive: true, force: true });
  });

  const fleet = async () => {
    const res = await admin.request({ url: '/api/staff/kiosks' });
    expect(res.statusCode).toBe(200);
    return res.json<{ kiosks: FleetKiosk[] }>().kiosks;
  };

  it('enrol, heartbeat, show on the fleet page, revoke: then the kiosk is refused and told nothing', async () => {
    const issued = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId: 'taira-library', siteName: 'いわき総合図書館' } });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({ kioskId: 'taira-library', siteName: 'いわき総合図書館', enrolmentToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });

    const enrolled = await enrol(t.app, 'taira-library', issued.json<{ enrolmentToken: string }>().enrolmentToken);
    expect(enrolled.statusCode).toBe(200);
    const { deviceToken } = enrolled.json<{ deviceToken: string }>();
    expect(Object.keys(enrolled.json())).toEqual(['deviceToken']);

    const beat = await heartbeat(t.app, deviceToken, { ...HEARTBEAT, lastError: 'QuotaExceededError while caching a pack' });
    expect(beat.statusCode).toBe(200);
    expect(beat.json()).toEqual({ notices: [], packVersionExpected: '2026.11.25-0900-abcd1234' });

    expect((await fleet()).find((k) => k.id === 'taira-library')).toEqual({
      id: 'taira-library',
      siteName: 'いわき総合図書館',
      enrolledAt: clock.now().toISOString(),
      enrolmentPending: false,
      lastSeenAt: clock.now().toISOString(),
      stale: false,
      appVersion: '0.1.0',
      packVersion: '2026.11.25-0900-abcd1234',
      packExpiresAt: null,
      outboxDepth: 2,
      outboxStuck: [],
      storage: HEARTBEAT.storage,
      online: HEARTBEAT.online,
      lastError: 'QuotaExceededError while caching a pack',
      revoked: false,
      revokedAt: null,
    });

    // An emergency to all kiosks, then revocation: the revoked kiosk must not see it.
    await admin.request({ method: 'POST', url: '/api/staff/notices', payload: { severity: 'emergency', message: { ja: '津波警報' }, targets: 'all', expiresAt: new Date(clock.now().getTime() + 3_600_000).toISOString() } });
    const revoked = await admin.request({ method: 'POST', url: '/api/staff/kiosks/taira-library/revoke' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: 'taira-library', revoked: true, revokedAt: expect.any(String) });

    for (const res of [await heartbeat(t.app, deviceToken), await t.app.inject({ url: '/api/kiosks/notices', headers: { authorization: `Bearer ${deviceToken}` } })]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'revoked', message: expect.any(String) } });
      expect(res.body).not.toContain('津波');
    }
    expect((await fleet()).find((k) => k.id === 'taira-library')).toMatchObject({ revoked: true });
    const audit = await t.app.db.selectFrom('audit_events').select(['actor', 'target']).where('action', '=', 'kiosk.revoke').where('target', '=', 'taira-library').execute();
    expect(audit).toEqual([{ actor: 'sato', target: 'taira-library' }]);
  });

  it('a heartbeat is stored only from its kiosk: nothing is recorded after revocation', async () => {
    const deviceToken = await enrolKiosk(t.app, admin, 'tabito-shisho');
    expect((await heartbeat(t.app, deviceToken, { ...HEARTBEAT, lastError: 'QuotaExceededError while caching a pack' })).statusCode).toBe(200);
    expect((await admin.request({ method: 'POST', url: '/api/staff/kiosks/tabito-shisho/revoke' })).statusCode).toBe(200);
    expect((await heartbeat(t.app, deviceToken, { ...HEARTBEAT, lastError: 'sent after revocation' })).statusCode).toBe(401);
    const row = await t.app.db.selectFrom('kiosks').select('last_heartbeat').where('id', '=', 'tabito-shisho').executeTakeFirstOrThrow();
    expect(JSON.parse(row.last_heartbeat!)).toMatchObject({ lastError: 'QuotaExceededError while caching a pack' });
  });

  it('an enrolment token works once', async () => {
    const issued = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId: 'onahama-shisho', siteName: '小名浜支所' } });
    const { enrolmentToken } = issued.json<{ enrolmentToken: string }>();
    expect((await enrol(t.app, 'onahama-shisho', enrolmentToken)).statusCode).toBe(200);

    const reused = await enrol(t.app, 'onahama-shisho', enrolmentToken);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ error: { code: 'invalid_enrolment' } });
  });

  it('re-enrolling an active kiosk needs a new token, and retires the old device token', async () => {
    const oldDevice = await enrolKiosk(t.app, admin, 'yotsukura-shisho');
    expect((await heartbeat(t.app, oldDevice)).statusCode).toBe(200);

    const issued = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId: 'yotsukura-shisho', siteName: '四倉支所' } });
    // Until the new PC enrols, the old one keeps working.
    expect((await heartbeat(t.app, oldDevice)).statusCode).toBe(200);
    const enrolled = await enrol(t.app, 'yotsukura-shisho', issued.json<{ enrolmentToken: string }>().enrolmentToken);
    const newDevice = enrolled.json<{ deviceToken: string }>().deviceToken;

    expect((await heartbeat(t.app, newDevice)).statusCode).toBe(200);
    expect((await heartbeat(t.app, oldDevice)).json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await fleet()).find((k) => k.id === 'yotsukura-shisho')).toMatchObject({ siteName: '四倉支所' });
  });

  it('a token for one kiosk does not enrol another, and an expired token enrols none', async () => {
    const issued = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId: 'nakoso-shisho', siteName: '勿来支所' } });
    const { enrolmentToken } = issued.json<{ enrolmentToken: string }>();
    expect((await enrol(t.app, 'onahama-shisho', enrolmentToken)).statusCode).toBe(401);
    expect((await fleet()).find((k) => k.id === 'nakoso-shisho')).toMatchObject({ enrolmentPending: true, enrolledAt: null, stale: true });

    clock.advance(ENROLMENT_TTL_MS + 1000);
    expect((await enrol(t.app, 'nakoso-shisho', enrolmentToken)).statusCode).toBe(401);
    admin = await login(t.app, 'sato'); // a week later: the old session has long expired
    expect((await fleet()).find((k) => k.id === 'nakoso-shisho')).toMatchObject({ enrolmentPending: false });
  });

  it('a kiosk silent for more than 15 minutes shows as stale', async () => {
    const device = await enrolKiosk(t.app, admin, 'ogawa-shisho');
    await heartbeat(t.app, device);
    clock.advance(STALE_AFTER_MS - 1000);
    expect((await fleet()).find((k) => k.id === 'ogawa-shisho')).toMatchObject({ stale: false });
    clock.advance(2000);
    expect((await fleet()).find((k) => k.id === 'ogawa-shisho')).toMatchObject({ stale: true });
  });

  it('refuses a missing or unknown device token with 401', async () => {
    for (const authorization of [undefined, 'Bearer nope', `Bearer ${'A'.repeat(43)}`, `Basic ${'A'.repeat(43)}`]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/kiosks/heartbeat', headers: authorization ? { authorization } : {}, payload: HEARTBEAT });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('a kiosk\'s stuck submissions reach the fleet page with their reasons; a malformed heartbeat is refused with 400 and the last good one kept', async () => {
    const device = await enrolKiosk(t.app, admin, 'tono-shisho');
    const outboxStuck = [{ reason: 'unknown-form', count: 2 }, { reason: 'too-large', count: 1 }];
    expect((await heartbeat(t.app, device, { ...HEARTBEAT, outboxStuck })).statusCode).toBe(200);
    expect((await fleet()).find((k) => k.id === 'tono-shisho')).toMatchObject({ outboxDepth: 2, outboxStuck });
    const bad = [
      { ...HEARTBEAT, lastError: 'x'.repeat(501) },
      { ...HEARTBEAT, outboxDepth: -1 },
      { ...HEARTBEAT, outboxStuck: [{ reason: 'Unknown Form', count: 1 }] },
      { ...HEARTBEAT, outboxStuck: [{ reason: 'unknown-form', count: 0 }] },
      { ...HEARTBEAT, outboxStuck: Array.from({ length: 17 }, () => ({ reason: 'server', count: 1 })) },
      { ...HEARTBEAT, storage: undefined },
      { ...HEARTBEAT, online: { since: 'yesterday', offlineEvents: 0 } },
      'not json',
    ];
    for (const body of bad) {
      const res = await heartbeat(t.app, device, body);
      expect(res.statusCode).toBe(typeof body === 'string' ? 415 : 400);
      expect(res.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
    expect((await fleet()).find((k) => k.id === 'tono-shisho')).toMatchObject({ outboxDepth: 2, outboxStuck, lastError: null });
  });

  it('a kiosk reports until when its content is valid, so staff see a terminal stuck on expired content', async () => {
    const device = await enrolKiosk(t.app, admin, 'yotsukura-shisho');
    const expires = new Date(clock.now().getTime() - 86_400_000).toISOString();
    expect((await heartbeat(t.app, device, { ...HEARTBEAT, packExpiresAt: expires })).statusCode).toBe(200);
    expect((await fleet()).find((k) => k.id === 'yotsukura-shisho')).toMatchObject({ packExpiresAt: expires });
    // An older kiosk that does not send it, or one with no pack, reports none.
    await heartbeat(t.app, device, { ...HEARTBEAT, packVersion: null, packExpiresAt: null });
    expect((await fleet()).find((k) => k.id === 'yotsukura-shisho')).toMatchObject({ packExpiresAt: null });
    expect((await heartbeat(t.app, device, { ...HEARTBEAT, packExpiresAt: 'next month' })).statusCode).toBe(400);
  });

  it('refuses bad enrolment requests with 4xx', async () => {
    for (const payload of [{ kioskId: 'Bad Id', enrolmentToken: 'x' }, { kioskId: 'tono-shisho' }, { kioskId: 'tono-shisho', enrolmentToken: 'x'.repeat(129) }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/kiosks/enrol', remoteAddress: '10.9.9.9', payload });
      expect(res.statusCode).toBe(400);
    }
    const staffBad = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId: 'x', siteName: '' } });
    expect(staffBad.statusCode).toBe(400);
    expect((await admin.request({ method: 'POST', url: '/api/staff/kiosks/no-such-kiosk/revoke' })).statusCode).toBe(404);
  });
});

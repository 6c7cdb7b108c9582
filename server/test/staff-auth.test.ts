import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_PER_IP } from '../src/plugins/rate-limits.js';
import { FREE_LOGIN_ATTEMPTS } from '../src/services/login-throttle.js';
import { BACKGROUND_HEADER } from '../src/plugins/staff-auth.js';
import { SESSION_MAX_AGE_MS, SESSION_TTL_MS } from '../src/services/sessions.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { PASSWORD, createStaff, freshIp, login, postLogin } from './helpers/staff.js';

describe.shuffle.each(testDatabases)('staff login on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await createStaff(t.app, 'sato', 'admin');
    await createStaff(t.app, 'kato');
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, SameSite=Strict cookie for /api/staff and answers the user and a CSRF token', async () => {
    const res = await postLogin(t.app, 'sato', PASSWORD);

    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: unknown; csrfToken: string }>();
    expect(body.user).toEqual({ username: 'sato', role: 'admin' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.cookies.find((c) => c.name === 'mdg_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/staff', maxAge: SESSION_TTL_MS / 1000 });
    expect(cookie?.secure).toBeFalsy();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps only the sha256 of the session token in the database', async () => {
    const res = await postLogin(t.app, 'kato', PASSWORD);
    const token = res.cookies.find((c) => c.name === 'mdg_session')?.value ?? '';
    const ids = (await t.app.db.selectFrom('staff_sessions').select('id').execute()).map((row) => row.id);
    expect(ids).toContain(createHash('sha256').update(token).digest('hex'));
    expect(ids).not.toContain(token);
  });

  it('takes the username however the IME typed it', async () => {
    const res = await postLogin(t.app, ' Ｓａｔｏ', PASSWORD);
    expect(res.statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown user alike, and records both', async () => {
    const wrong = await postLogin(t.app, 'sato', 'not the password at all');
    const unknown = await postLogin(t.app, 'nobody', PASSWORD);

    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
      expect(res.cookies).toEqual([]);
    }
    expect(unknown.json()).toEqual(wrong.json());
    const failures = await t.app.db.selectFrom('audit_events').select(['actor', 'detail']).where('action', '=', 'login.failure').execute();
    expect(failures.map((row) => [row.actor, JSON.parse(row.detail ?? '{}').reason])).toEqual(
      expect.arrayContaining([['sato', 'bad_password'], ['nobody', 'unknown_user']]),
    );
  });

  it('records each successful login in the audit log', async () => {
    await login(t.app, 'kato');
    const rows = await t.app.db.selectFrom('audit_events').select('actor').where('action', '=', 'login.success').execute();
    expect(rows.map((row) => row.actor)).toContain('kato');
  });

  it('a disabled user cannot log in with the right password, and their open sessions end', async () => {
    await createStaff(t.app, 'ito');
    const open = await login(t.app, 'ito');
    await t.app.staffUsers.setDisabled('ito', true);

    const res = await postLogin(t.app, 'ito', PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    expect((await open.request({ url: '/api/staff/me' })).statusCode).toBe(401);
  });

  it('refuses a login posted from another site', async () => {
    const res = await postLogin(t.app, 'sato', PASSWORD, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'bad_origin' } });
  });

  it('refuses bad login bodies with 400 or 415, never 5xx', async () => {
    const cases = [
      { headers: { 'content-type': 'application/json' }, payload: '{"username":"sato"}' },
      { headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'sato', password: 'x'.repeat(1025) }) },
      { headers: { 'content-type': 'application/json' }, payload: '{"username":' },
      { headers: { 'content-type': 'text/plain' }, payload: 'sato:password' },
    ];
    for (const { headers, payload } of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/staff/login', remoteAddress: freshIp(), headers, payload });
      expect([400, 415]).toContain(res.statusCode);
      expect(res.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
  });
});

// The throttle remembers every attempt: a database and a clock of its own for each test, so
// none is held back by another's guesses, whatever the order.
describe.shuffle.each(testDatabases)('login rate limits on $name', (database) => {
  let clock = testClock();
  let t: TestApp;
  beforeEach(async () => {
    clock = testClock();
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'sato');
    await createStaff(t.app, 'endo');
  });
  afterEach(() => t.close());

  const guess = (username: string, ip: string) => postLogin(t.app, username, 'wrong password guess', {}, ip);

  it('a stranger guessing a username from elsewhere cannot keep its owner out', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await guess('sato', '203.0.113.66');
      expect([401, 429]).toContain(res.statusCode);
      clock.advance(5_000);
    }
    // The real sato, at the office, right away.
    const res = await postLogin(t.app, 'sato', PASSWORD, {}, '192.0.2.20');
    expect(res.statusCode).toBe(200);
  });

  it(`backs off after ${FREE_LOGIN_ATTEMPTS} failures of one username from one address: a short JSON 429 with Retry-After, growing each time`, async () => {
    const ip = '192.0.2.30';
    for (let i = 0; i < FREE_LOGIN_ATTEMPTS; i++) expect((await guess('endo', ip)).statusCode).toBe(401);
    // Even the right password: the delay is on attempts, or it would confirm the guess.
    const held = await postLogin(t.app, 'endo', PASSWORD, {}, ip);
    expect(held.statusCode).toBe(429);
    expect(held.json()).toMatchObject({ error: { code: 'rate_limited', message: expect.any(String) } });
    const first = Number(held.headers['retry-after']);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(60);

    clock.advance(first * 1000);
    expect((await guess('endo', ip)).statusCode).toBe(401);
    const second = Number((await guess('endo', ip)).headers['retry-after']);
    expect(second).toBeGreaterThan(first);

    // Waiting it out works, and a success starts the count again.
    clock.advance(second * 1000);
    expect((await postLogin(t.app, 'endo', PASSWORD, {}, ip)).statusCode).toBe(200);
    expect((await guess('endo', ip)).statusCode).toBe(401);
  });

  it('records every held-back attempt in the audit log with its address', async () => {
    for (let i = 0; i <= FREE_LOGIN_ATTEMPTS; i++) await guess('endo', '192.0.2.30');
    for (let i = 0; i <= FREE_LOGIN_ATTEMPTS; i++) await guess('sato', '203.0.113.66');
    const rows = await t.app.db.selectFrom('audit_events').select(['actor', 'detail']).where('action', '=', 'login.throttled').execute();
    const details = rows.map((row) => ({ actor: row.actor, ...(JSON.parse(row.detail ?? '{}') as { ip: string; retryAfterS: number }) }));
    expect(details).toEqual(expect.arrayContaining([expect.objectContaining({ actor: 'endo', ip: '192.0.2.30', retryAfterS: expect.any(Number) })]));
    expect(details.filter((d) => d.actor === 'sato' && d.ip === '203.0.113.66').length).toBeGreaterThan(0);
  });

  it('the delay holds when the guesses come all at once', async () => {
    const ip = '192.0.2.40';
    const results = await Promise.all(Array.from({ length: 10 }, () => guess('endo', ip)));
    expect(results.filter((res) => res.statusCode === 401).length).toBeLessThanOrEqual(FREE_LOGIN_ATTEMPTS);
  });

  it(`refuses the attempt after ${LOGIN_PER_IP} in a minute from one address, whatever the username`, async () => {
    for (let i = 0; i < LOGIN_PER_IP; i++) {
      expect((await postLogin(t.app, `user${i}`, 'wrong password guess', {}, '192.0.2.7')).statusCode).toBe(401);
    }
    const res = await postLogin(t.app, 'another', 'wrong password guess', {}, '192.0.2.7');
    expect(res.statusCode).toBe(429);
    expect((await postLogin(t.app, 'another', 'wrong password guess', {}, '192.0.2.8')).statusCode).toBe(401);
  });
});

describe.shuffle.each(testDatabases)('staff sessions on $name', (database) => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'sato', 'admin');
    await createStaff(t.app, 'kato');
  });
  afterAll(() => t.close());

  it('/me answers who is logged in and the CSRF token again', async () => {
    const staff = await login(t.app, 'sato');
    const res = await staff.request({ url: '/api/staff/me' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ user: { username: 'sato', role: 'admin' }, csrfToken: staff.csrfToken });
  });

  it('a state-changing request needs the CSRF header of its own session', async () => {
    const staff = await login(t.app, 'sato');
    const other = await login(t.app, 'kato');
    const post = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/staff/kiosks', headers: { cookie: staff.cookie, ...headers }, payload: { kioskId: 'csrf-test', siteName: 'x' } });

    const wrongHeaders: Record<string, string>[] = [{}, { 'x-csrf-token': 'x'.repeat(43) }, { 'x-csrf-token': other.csrfToken }];
    for (const headers of wrongHeaders) {
      const res = await post(headers);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    }
    expect((await post({ 'x-csrf-token': staff.csrfToken })).statusCode).toBe(201);
  });

  it('a state-changing request from another origin is refused even with the token', async () => {
    const staff = await login(t.app, 'sato');
    const res = await staff.request({ method: 'POST', url: '/api/staff/logout', headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'bad_origin' } });
    const crossSite = await staff.request({ method: 'POST', url: '/api/staff/logout', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await staff.request({ method: 'POST', url: '/api/staff/logout', headers: { origin: 'http://localhost:80' } });
    expect(sameOrigin.statusCode).toBe(204);
  });

  it('a session ends after 8 hours without activity', async () => {
    const staff = await login(t.app, 'kato');
    clock.advance(SESSION_TTL_MS + 1000);
    const res = await staff.request({ url: '/api/staff/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    // The dead cookie is cleared, so the console shows its login page.
    expect(res.cookies.find((c) => c.name === 'mdg_session')?.value).toBe('');
  });

  it('activity slides the idle expiry: a session used every few hours outlives 8 hours', async () => {
    const staff = await login(t.app, 'kato');
    clock.advance(5 * 60 * 60 * 1000);
    const res = await staff.request({ url: '/api/staff/me' });
    expect(res.statusCode).toBe(200);
    // The browser's cookie is renewed with it, up to the session's absolute end (7 hours on).
    expect(res.cookies.find((c) => c.name === 'mdg_session')?.maxAge).toBe(7 * 60 * 60);
    clock.advance(5 * 60 * 60 * 1000);
    expect((await staff.request({ url: '/api/staff/me' })).statusCode).toBe(200);
  });

  it(`a session ends ${SESSION_MAX_AGE_MS / 3_600_000} hours after login, however busy it was`, async () => {
    expect(SESSION_MAX_AGE_MS).toBeLessThanOrEqual(12 * 60 * 60 * 1000);
    const staff = await login(t.app, 'kato');
    for (let elapsed = 0; elapsed + 30 * 60 * 1000 < SESSION_MAX_AGE_MS; elapsed += 30 * 60 * 1000) {
      clock.advance(30 * 60 * 1000);
      const res = await staff.request({ url: '/api/staff/me' });
      expect(res.statusCode).toBe(200);
      const maxAge = res.cookies.find((c) => c.name === 'mdg_session')?.maxAge;
      if (maxAge !== undefined) expect(elapsed + 30 * 60 * 1000 + maxAge * 1000).toBeLessThanOrEqual(SESSION_MAX_AGE_MS);
    }
    clock.advance(30 * 60 * 1000);
    expect((await staff.request({ url: '/api/staff/me' })).statusCode).toBe(401);
  });

  it('background polling (the fleet page left open) does not keep a session alive', async () => {
    const staff = await login(t.app, 'kato');
    const poll = () => staff.request({ url: '/api/staff/kiosks', headers: { [BACKGROUND_HEADER]: '1' } });
    for (let minutes = 10; minutes < 8 * 60; minutes += 10) {
      clock.advance(10 * 60 * 1000);
      const res = await poll();
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'mdg_session')).toBeUndefined();
    }
    clock.advance(10 * 60 * 1000);
    expect((await poll()).statusCode).toBe(401);
  });

  it('logout ends the session: the same cookie no longer works', async () => {
    const staff = await login(t.app, 'kato');
    const res = await staff.request({ method: 'POST', url: '/api/staff/logout' });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'mdg_session')?.value).toBe('');
    expect((await staff.request({ url: '/api/staff/me' })).statusCode).toBe(401);
  });

  it('staff without the admin role cannot issue kiosk tokens, revoke kiosks or read the audit log', async () => {
    const staff = await login(t.app, 'kato');
    for (const [method, url] of [['POST', '/api/staff/kiosks'], ['POST', '/api/staff/kiosks/csrf-test/revoke'], ['GET', '/api/staff/audit']] as const) {
      const res = await staff.request({ method, url, payload: method === 'POST' ? { kioskId: 'x', siteName: 'x' } : undefined });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('every staff route answers 401 without a session, before reading the body', async () => {
    const id = '01900000-0000-7000-8000-000000000000';
    const routes = [
      ['GET', '/api/staff/me'],
      ['POST', '/api/staff/logout'],
      ['GET', '/api/staff/submissions'],
      ['GET', `/api/staff/submissions/${id}`],
      ['POST', `/api/staff/submissions/${id}/processed`],
      ['GET', '/api/staff/audit'],
      ['GET', '/api/staff/kiosks'],
      ['POST', '/api/staff/kiosks'],
      ['POST', '/api/staff/kiosks/k1/revoke'],
      ['GET', '/api/staff/notices'],
      ['POST', '/api/staff/notices'],
      ['DELETE', `/api/staff/notices/${id}`],
    ] as const;
    for (const [method, url] of routes) {
      const res = await t.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: method === 'POST' ? '{"broken' : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });
});

describe.shuffle.each(testDatabases)('behind an https proxy on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database, { publicOrigin: 'https://madoguchi.example.jp', trustProxy: '127.0.0.1' });
    await createStaff(t.app, 'sato');
  });
  afterAll(() => t.close());

  it('marks the session cookie Secure and accepts only the public origin', async () => {
    const res = await postLogin(t.app, 'sato', PASSWORD, { origin: 'https://madoguchi.example.jp' });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'mdg_session')?.secure).toBe(true);
    expect((await postLogin(t.app, 'sato', PASSWORD, { origin: 'http://madoguchi.example.jp' })).statusCode).toBe(403);
  });

  it('limits login attempts per client address, not per proxy address', async () => {
    const viaProxy = (client: string, username: string) => postLogin(t.app, username, 'wrong password guess', { 'x-forwarded-for': client }, '127.0.0.1');
    for (let i = 0; i < LOGIN_PER_IP; i++) expect((await viaProxy('198.51.100.1', `user${i}`)).statusCode).toBe(401);
    expect((await viaProxy('198.51.100.1', 'another')).statusCode).toBe(429);
    expect((await viaProxy('198.51.100.2', 'another')).statusCode).toBe(401);
  });
});

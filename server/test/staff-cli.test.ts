import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStaffCommand } from '../scripts/staff.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { createScratch, testDatabases } from './helpers/databases.js';
import type { Scratch } from './helpers/databases.js';
import { login, postLogin } from './helpers/staff.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';

const ADMIN_PASSWORD = 'いわき市 窓口 2026 admin';

describe.shuffle.each(testDatabases)('the staff CLI on $name', (database) => {
  let scratch: Scratch;
  let t: TestApp;
  let env: NodeJS.ProcessEnv;
  // A database of its own for every test: each passes alone and in any order.
  beforeEach(async () => {
    scratch = await createScratch(database);
    // The server's own configuration: the CLI finds the same database from it.
    env = { DATA_DIR: scratch.dataDir, ...(scratch.databaseUrl ? { DATABASE_URL: scratch.databaseUrl } : {}) };
    t = await buildTestApp(database, { scratch });
  });
  afterEach(async () => {
    await t.close();
    await scratch.cleanup();
  });

  function run(args: string[], extra: NodeJS.ProcessEnv = {}, stdin?: string) {
    const out: string[] = [];
    const err: string[] = [];
    const done = runStaffCommand(args, {
      env: { ...env, ...extra },
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readSecret: () => (stdin === undefined ? Promise.reject(new Error('no stdin in this test')) : Promise.resolve(stdin)),
    });
    return done.then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
  }

  // The users the tests below act on, made the way an operator makes them.
  async function createSuzuki() {
    expect((await run(['create-admin', 'suzuki'], { MADOGUCHI_ADMIN_PASSWORD: ADMIN_PASSWORD })).code).toBe(0);
  }
  async function createWatanabe() {
    expect((await run(['create-user', 'watanabe'], {}, 'a password from stdin')).code).toBe(0);
  }
  async function createKimura() {
    expect((await run(['create-user', 'kimura'], { MADOGUCHI_STAFF_PASSWORD: 'another long password' })).code).toBe(0);
  }

  it('create-admin makes an administrator who can log in to the running server', async () => {
    const result = await run(['create-admin', 'Suzuki'], { MADOGUCHI_ADMIN_PASSWORD: ADMIN_PASSWORD });

    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('created administrator suzuki') });
    const res = await postLogin(t.app, 'suzuki', ADMIN_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { username: 'suzuki', role: 'admin' } });
    const stored = await t.app.db.selectFrom('staff_users').select('password_hash').where('username', '=', 'suzuki').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a password shorter than 12 characters and creates nobody', async () => {
    const result = await run(['create-admin', 'tanaka'], { MADOGUCHI_ADMIN_PASSWORD: 'short pass' });
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('at least 12 characters') });
    expect(await t.app.db.selectFrom('staff_users').select('id').where('username', '=', 'tanaka').executeTakeFirst()).toBeUndefined();
  });

  it('reads the password from stdin when the environment has none', async () => {
    const result = await run(['create-user', 'watanabe'], {}, 'a password from stdin');
    expect(result.code).toBe(0);
    expect((await postLogin(t.app, 'watanabe', 'a password from stdin')).json()).toMatchObject({ user: { role: 'staff' } });
  });

  it('creates shelter staff, who log in as role shelter', async () => {
    const result = await run(['create-user', 'hinan', '--role', 'shelter'], {}, 'a password from stdin');
    expect(result.code).toBe(0);
    expect((await postLogin(t.app, 'hinan', 'a password from stdin')).json()).toMatchObject({ user: { role: 'shelter' } });
  });

  it('will not create a second user with the same name', async () => {
    await createSuzuki();
    const result = await run(['create-admin', 'suzuki'], { MADOGUCHI_ADMIN_PASSWORD: ADMIN_PASSWORD });
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
  });

  it('disable-user logs the user out at once; enable-user lets them back in', async () => {
    await createWatanabe();
    const session = await login(t.app, 'watanabe', 'a password from stdin');
    expect((await run(['disable-user', 'watanabe'])).code).toBe(0);
    expect((await session.request({ url: '/api/staff/me' })).statusCode).toBe(401);
    expect((await postLogin(t.app, 'watanabe', 'a password from stdin')).statusCode).toBe(401);

    expect((await run(['enable-user', 'watanabe'])).code).toBe(0);
    expect((await postLogin(t.app, 'watanabe', 'a password from stdin')).statusCode).toBe(200);
  });

  it('reset-password replaces the password and ends the old sessions', async () => {
    await createSuzuki();
    const session = await login(t.app, 'suzuki', ADMIN_PASSWORD);
    const result = await run(['reset-password', 'suzuki'], { MADOGUCHI_STAFF_PASSWORD: 'a brand new passphrase' });
    expect(result.code).toBe(0);
    expect((await session.request({ url: '/api/staff/me' })).statusCode).toBe(401);
    expect((await postLogin(t.app, 'suzuki', ADMIN_PASSWORD)).statusCode).toBe(401);
    expect((await postLogin(t.app, 'suzuki', 'a brand new passphrase')).statusCode).toBe(200);
  });

  it('records what it did in the audit log as the CLI', async () => {
    await createSuzuki();
    await createWatanabe();
    expect((await run(['disable-user', 'watanabe'])).code).toBe(0);
    expect((await run(['reset-password', 'suzuki'], { MADOGUCHI_STAFF_PASSWORD: 'a brand new passphrase' })).code).toBe(0);
    const rows = await t.app.db.selectFrom('audit_events').select(['action', 'target']).where('actor', '=', 'cli').orderBy('at').execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'staff.create-admin', target: 'suzuki' },
        { action: 'staff.disable-user', target: 'watanabe' },
        { action: 'staff.reset-password', target: 'suzuki' },
      ]),
    );
  });

  it('answers usage with exit code 2 for an unknown command or a missing username', async () => {
    expect((await run(['promote', 'suzuki'])).code).toBe(2);
    expect((await run(['disable-user'])).code).toBe(2);
    expect((await run(['create-user', 'x', '--role', 'root'], {}, 'long enough password')).code).toBe(2);
  });

  it('says so when the user does not exist', async () => {
    expect(await run(['disable-user', 'nobody'])).toMatchObject({ code: 1, err: expect.stringContaining('No staff user') });
  });

  it('set-departments gives a user their departments’ submissions in the running server; none takes them away', async () => {
    await createWatanabe();
    const id = uuidv7();
    expect((await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: await encryptAnswers({}) })).statusCode).toBe(201);
    const listed = async () => {
      const session = await login(t.app, 'watanabe', 'a password from stdin');
      return (await session.request({ url: '/api/staff/submissions' })).json<{ items: { id: string }[] }>().items.map((item) => item.id);
    };
    expect(await listed()).toEqual([]);

    const result = await run(['set-departments', 'watanabe', 'shimin']);
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('set the departments of watanabe') });
    expect(await listed()).toEqual([id]);

    expect((await run(['set-departments', 'watanabe'])).code).toBe(0);
    expect(await listed()).toEqual([]);
    const audit = await t.app.db.selectFrom('audit_events').select('detail').where('action', '=', 'staff.set-departments').orderBy('id').execute();
    expect(audit.map((row) => JSON.parse(row.detail ?? '{}'))).toEqual([{ departments: ['shimin'] }, { departments: [] }]);
  });

  it('create-user takes --departments, and warns about a department no form names', async () => {
    const result = await run(['create-user', 'kimura', '--departments', 'gomi-genryo,gomi-genyro'], { MADOGUCHI_STAFF_PASSWORD: 'another long password' });
    expect(result.code).toBe(0);
    expect(result.err).toContain('warning: no form');
    expect(result.err).toContain('gomi-genyro');
    expect(result.err).not.toMatch(/department gomi-genryo\b/);
    const rows = await t.app.db
      .selectFrom('staff_user_departments')
      .innerJoin('staff_users', 'staff_users.id', 'staff_user_departments.user_id')
      .select('department')
      .where('username', '=', 'kimura')
      .orderBy('department')
      .execute();
    expect(rows.map((row) => row.department)).toEqual(['gomi-genryo', 'gomi-genyro']);
  });

  it('refuses a department id that is not one', async () => {
    await createKimura();
    expect(await run(['set-departments', 'kimura', 'ごみ減量'])).toMatchObject({ code: 1, err: expect.stringContaining('department id') });
    expect((await run(['disable-user', 'kimura', '--departments', 'shimin'])).code).toBe(2);
  });

  it('set-disaster-officer lets a staff member post a city-wide emergency, and off takes it back', async () => {
    await createKimura();
    const emergency = { severity: 'emergency', message: { ja: '津波警報' }, targets: 'all', expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    const post = async () => (await login(t.app, 'kimura', 'another long password')).request({ method: 'POST', url: '/api/staff/notices', payload: emergency });
    expect((await post()).statusCode).toBe(403);
    expect((await run(['set-disaster-officer', 'kimura', 'on'])).code).toBe(0);
    expect((await post()).statusCode).toBe(201);
    expect((await run(['set-disaster-officer', 'kimura', 'off'])).code).toBe(0);
    expect((await post()).statusCode).toBe(403);
    expect((await run(['set-disaster-officer', 'kimura', 'yes'])).code).toBe(2);
  });
});

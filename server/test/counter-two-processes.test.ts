import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import { createScratch, type Scratch } from './helpers/databases.js';
import { openEventStream, type EventStreamClient } from './helpers/event-stream.js';
import { createStaff, PASSWORD } from './helpers/staff.js';

const root = new URL('../..', import.meta.url).pathname;
const url = process.env.TEST_DATABASE_URL;

interface Server { base: string; child: ChildProcess; dataDir: string }

/** The real server entry, in a process of its own, on the test's PostgreSQL schema and the real phrasebook. */
async function startProcess(databaseUrl: string): Promise<Server> {
  const dataDir = await mkdtemp(join(tmpdir(), 'madoguchi-relay-'));
  const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn',
      CONTENT_DIR: join(root, 'content'), STATIC_DIR: join(dataDir, 'no-dist'), PACKS_DIR: join(dataDir, 'no-packs'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const found = /listening on (http:\/\/[^/\s]+)/.exec(chunk.toString());
      if (found) { clearTimeout(timer); resolve(found[1]!); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
  });
  return { base, child, dataDir };
}

async function stop(server: Server | undefined): Promise<void> {
  if (!server) return;
  if (server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  await rm(server.dataDir, { recursive: true, force: true });
}

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * The clerk's tablet and the citizen's kiosk reach different app servers behind one proxy:
 * what one says must reach the other through PostgreSQL LISTEN/NOTIFY. Two real server
 * processes on one database, nothing shared between them but PostgreSQL.
 */
describe.shuffle('a counter conversation across two server processes on PostgreSQL', () => {
  let scratch: Scratch | undefined;
  let a: Server | undefined;
  let b: Server | undefined;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    if (!url) return; // PostgreSQL only: SQLite is one process
    scratch = await createScratch({ name: 'postgres', url: url! });
    const setup = await buildTestApp({ name: 'postgres', url: url! }, { scratch });
    await createStaff(setup.app, 'clerk');
    await setup.close();
    [a, b] = await Promise.all([startProcess(scratch.databaseUrl!), startProcess(scratch.databaseUrl!)]);
  }, 120_000);
  afterAll(async () => {
    for (const s of streams) s.close();
    await Promise.all([stop(a), stop(b)]);
    await scratch?.cleanup();
  });

  it.skipIf(!url)('pairs on one process, joins on the other, and relays phrases and the end both ways', async () => {
    const loginRes = await post(a!.base, '/api/staff/login', { username: 'clerk', password: PASSWORD });
    expect(loginRes.status).toBe(200);
    const cookie = loginRes.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await loginRes.json()) as { csrfToken: string };
    const created = await post(a!.base, '/api/staff/counter-sessions', { counter: 'taira-1' }, { cookie, 'x-csrf-token': csrfToken });
    expect(created.status).toBe(201);
    const clerk = (await created.json()) as { sessionId: string; code: string; token: string };
    const staffStream = await openEventStream(`${a!.base}/api/counter/sessions/${clerk.sessionId}/events?token=${clerk.token}`);
    streams.push(staffStream);
    await staffStream.next((e) => e.event === 'state');

    // The kiosk reaches process B.
    const joined = await post(b!.base, '/api/counter/join', { code: clerk.code });
    expect(joined.status).toBe(200);
    const kiosk = (await joined.json()) as { sessionId: string; token: string };
    await staffStream.next((e) => e.event === 'state' && (e.data as { paired: boolean }).paired);
    const kioskStream = await openEventStream(`${b!.base}/api/counter/sessions/${kiosk.sessionId}/events?token=${kiosk.token}`);
    streams.push(kioskStream);
    await kioskStream.next((e) => e.event === 'state');

    expect((await post(a!.base, `/api/counter/sessions/${clerk.sessionId}/say`, { token: clerk.token, phrase: 'id-document' })).status).toBe(202);
    expect((await kioskStream.next((e) => e.event === 'say')).data).toEqual({ from: 'staff', phrase: 'id-document' });
    expect((await post(b!.base, `/api/counter/sessions/${kiosk.sessionId}/say`, { token: kiosk.token, phrase: 'number-answer', n: 3 })).status).toBe(202);
    expect((await staffStream.next((e) => e.event === 'say' && (e.data as { from: string }).from === 'citizen')).data).toEqual({ from: 'citizen', phrase: 'number-answer', n: 3 });
    // The real phrasebook is what the processes check against.
    expect((await post(b!.base, `/api/counter/sessions/${kiosk.sessionId}/say`, { token: kiosk.token, phrase: 'no-such-phrase' })).status).toBe(422);

    expect((await post(b!.base, `/api/counter/sessions/${kiosk.sessionId}/end`, { token: kiosk.token })).status).toBe(204);
    await staffStream.next((e) => e.event === 'ended');
    await kioskStream.closed;
    await staffStream.closed;
  }, 60_000);
});

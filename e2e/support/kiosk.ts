import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, request, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { copyContentAndPack, rebuildPackInBackground } from './content-pack';
import { startBuiltServer, type RunningServer } from './start-server';

const root = new URL('../..', import.meta.url).pathname;
export const testTerminal = 'e2e-kiosk-01';
export const adminPassword = 'correct horse battery staple';
/** The test terminal's idle times: the shortest the schema allows. */
const testIdle = { timeoutSeconds: 15, warningSeconds: 5 };

/**
 * A server of its own for kiosk tests: the real content plus one extra terminal
 * configuration with the shortest idle times the schema allows (15 s + 5 s), so a
 * wipe happens within a test.
 */
export type KioskServer = RunningServer & { contentDir: string; packsDir: string; kioskDir: string };

/** In the kiosk fixture: a server data folder whose database already holds the admin. */
const adminDataFolder = 'data-with-admin';

/**
 * The content, the kiosk configs with the test terminal, the pack built from them, and a
 * data folder with the admin created: made once per run by e2e/global-setup.ts (a pack
 * build takes 15–30 s; creating the admin starts a TypeScript process and hashes the
 * password, about 2 s of CPU), copied by each kiosk server so a file can change its own freely.
 */
export async function buildKioskFixture(): Promise<string> {
  const { contentDir, packsDir } = copyContentAndPack();
  const dir = join(contentDir, '..');
  const kioskDir = join(dir, 'kiosk-config');
  writeFileSync(join(kioskDir, 'sites', `${testTerminal}.json`), JSON.stringify({
    terminalId: testTerminal,
    siteName: { ja: '小名浜支所（試験端末）', en: 'Onahama Branch (test terminal)' },
    location: { lat: 36.94835, lng: 140.90388, label: '小名浜支所' },
    idle: testIdle,
    printer: true,
  }));
  await rebuildPackInBackground(contentDir, packsDir, { KIOSK_CONFIG_DIR: kioskDir });
  const dataDir = join(dir, adminDataFolder);
  mkdirSync(dataDir);
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/scripts/staff.ts'), 'create-admin', 'admin'], {
    cwd: root, stdio: 'pipe', env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', MADOGUCHI_ADMIN_PASSWORD: adminPassword },
  });
  return dir;
}

/** `env`: the server's own settings on top of the suite's (e.g. `LIBRARY_SAMPLE: 'on'`). */
export async function startKioskServer(env: Record<string, string> = {}): Promise<KioskServer> {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-kiosk-'));
  cpSync(inject('kioskFixtureDir'), dir, { recursive: true });
  const contentDir = join(dir, 'content');
  const packsDir = join(dir, 'packs');
  const kioskDir = join(dir, 'kiosk-config');
  // The server starts on a copy of the fixture's database, the admin already in it.
  const server = await startBuiltServer({ PACKS_DIR: packsDir, CONTENT_DIR: contentDir, ...env }, { dataFrom: join(dir, adminDataFolder) });
  return {
    ...server, contentDir, packsDir, kioskDir,
    async stop() {
      await endStaffSession(server.url);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a kiosk test file shares: its server and one Chromium, set once its hooks have run. */
export interface KioskSuite {
  server: KioskServer;
  browser: Browser;
}

/**
 * Starts a kiosk server and Chromium before the tests of the calling file or describe
 * block, and stops both after them. `prepare` edits the server's content (e.g. publishes
 * an alert and rebuilds the pack) before the browser starts.
 */
export function useKioskSuite(prepare?: (server: KioskServer) => void | Promise<void>, env: Record<string, string> = {}): KioskSuite {
  const suite = {} as KioskSuite;
  beforeAll(async () => {
    suite.server = await startKioskServer(env);
    await prepare?.(suite.server);
    suite.browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/**
 * The staff console's API as an admin: what an operator does to set up or revoke a terminal.
 * One login per server, kept until the server stops, as an operator stays logged in: a file
 * that enrols a kiosk per test would otherwise log in a dozen times a minute from one
 * address and meet the server's login limit (10 a minute per address; fresh-clone CI of
 * 6133bcc failed two kiosk tests on 429). The session ends with `endStaffSession`, which
 * the kiosk server's `stop` calls.
 */
export function staffApi(baseURL: string): Promise<StaffApi> {
  let session = staffSessions.get(baseURL);
  if (!session) {
    session = logInAsAdmin(baseURL);
    staffSessions.set(baseURL, session);
    session.catch(() => staffSessions.delete(baseURL)); // a failed login is not kept
  }
  return session;
}

export type StaffApi = Awaited<ReturnType<typeof logInAsAdmin>>;
const staffSessions = new Map<string, ReturnType<typeof logInAsAdmin>>();

/** Forgets the kept session of the server at `baseURL` and its HTTP context. */
export async function endStaffSession(baseURL: string): Promise<void> {
  const session = staffSessions.get(baseURL);
  staffSessions.delete(baseURL);
  await (await session?.catch(() => undefined))?.close();
}

async function logInAsAdmin(baseURL: string) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const login = await api.post('/api/staff/login', { data: { username: 'admin', password: adminPassword } });
  if (!login.ok()) throw new Error(`staff login failed: ${login.status()} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    async enrolmentToken(kioskId: string): Promise<string> {
      const r = await api.post('/api/staff/kiosks', { headers, data: { kioskId, siteName: 'e2e' } });
      if (!r.ok()) throw new Error(`enrolment token: ${r.status()} ${await r.text()}`);
      return ((await r.json()) as { enrolmentToken: string }).enrolmentToken;
    },
    async revoke(kioskId: string): Promise<void> {
      const r = await api.post(`/api/staff/kiosks/${kioskId}/revoke`, { headers });
      if (!r.ok()) throw new Error(`revoke: ${r.status()}`);
    },
    /** The fleet page's data: what each kiosk last reported. */
    async fleet(): Promise<Array<{ id: string; outboxDepth: number | null; outboxStuck: Array<{ reason: string; count: number }> }>> {
      const r = await api.get('/api/staff/kiosks');
      if (!r.ok()) throw new Error(`fleet: ${r.status()}`);
      return ((await r.json()) as { kiosks: Array<{ id: string; outboxDepth: number | null; outboxStuck: Array<{ reason: string; count: number }> }> }).kiosks;
    },
    /** Receipt numbers the server holds for a form: what staff would see in their list. */
    async receiptsOf(formId: string): Promise<string[]> {
      const r = await api.get(`/api/staff/submissions?formId=${formId}`);
      if (!r.ok()) throw new Error(`submissions: ${r.status()}`);
      return ((await r.json()) as { items: Array<{ receiptNumber: string }> }).items.map((item) => item.receiptNumber);
    },
    close: () => api.dispose(),
  };
}

/** Enrols the browser of `page` as the test terminal and waits for the attract loop. */
export async function enrolKiosk(page: Page, baseURL: string, terminalId = testTerminal): Promise<void> {
  const staff = await staffApi(baseURL);
  const token = await staff.enrolmentToken(terminalId);
  await page.goto(new URL(`/?kiosk=${terminalId}&token=${encodeURIComponent(token)}`, baseURL).href);
  await page.locator('.attract__start').waitFor({ timeout: 60_000 });
}

/** Marks the current document, so a reload can be told from it: the wipe ends in a reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => { (window as { beforeWipe?: true }).beforeWipe = true; });
}

/**
 * The citizen walks away: the test terminal's whole idle time (15 s, then the 5 s warning)
 * passes on the page's clock at once, firing every timer due in it, instead of the test
 * waiting 20 s of real time. The context must have installed Playwright's clock
 * (`context.clock.install()`) before the page loaded, so the idle timer runs on it; time
 * otherwise flows as usual. Follow it with waitForWipe.
 */
export async function walkAway(page: Page): Promise<void> {
  await page.clock.runFor((testIdle.timeoutSeconds + testIdle.warningSeconds + 1) * 1000);
}

/**
 * The wipe is done once a new document (the reload into the attract loop) shows the attract
 * screen: the attract loop appears first in the old document, before storage is erased.
 */
export async function waitForWipe(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => !(window as { beforeWipe?: true }).beforeWipe && !!document.querySelector('.attract__start'),
    undefined, { timeout },
  );
}

/** The version of the pack IndexedDB holds as active (a kiosk in use may still show the one before). */
export function storedActivePack(page: Page): Promise<string | undefined> {
  return page.evaluate(() => new Promise<string | undefined>((resolve, reject) => {
    const open = indexedDB.open('madoguchi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('packs', 'readonly').objectStore('packs').getAll();
      request.onsuccess = () => {
        resolve((request.result as Array<{ version: string; state: string }>).find((pack) => pack.state === 'active')?.version);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  }));
}

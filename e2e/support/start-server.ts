import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { freePort } from '../../server/test/helpers/free-port';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const serverEntry = join(root, 'dist-server/server/src/main.js');

export interface RunningServer {
  /** http://localhost:PORT — localhost so the page is a secure context for the service worker. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in time')), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) { clearTimeout(timer); resolve(); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
  });
}

/**
 * The whole suite shares one server and sends hundreds of submissions from 127.0.0.1, far
 * past a citizen's allowance, and a kiosk file enrols a terminal per test (11 in about a
 * minute in kiosk.test.ts); tests about the limits pass their own values in `env`.
 */
const UNTHROTTLED = {
  ENROLMENTS_PER_IP_PER_MINUTE: '1000',
  SUBMISSIONS_PER_IP: '1000000',
  SUBMISSION_BYTES_PER_IP: String(1024 ** 4),
  SUBMISSIONS_PER_KIOSK: '1000000',
  SUBMISSION_BYTES_PER_KIOSK: String(1024 ** 4),
};

/**
 * Without a catalogue: every e2e file starts its own server, and each would first load the
 * 20,000-record sample library catalogue (seconds of CPU on this machine). The library's
 * own tests turn it on with `LIBRARY_SAMPLE: 'on'`.
 */
const NO_SAMPLE_CATALOGUE = { LIBRARY_SAMPLE: 'off' };

/**
 * Starts the real, built server (as `npm start` would) on a fresh SQLite database
 * in a temporary folder. Used by the e2e suite and the benchmarks. `dataFrom`: a data
 * folder whose copy the server starts on (e.g. a database with the admin already created).
 */
export async function startBuiltServer(env: Record<string, string> = {}, options: { dataFrom?: string } = {}): Promise<RunningServer> {
  if (!existsSync(serverEntry) || !existsSync(join(root, 'dist/index.html'))) {
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-run-'));
  if (options.dataFrom) cpSync(options.dataFrom, dataDir, { recursive: true });
  const child = spawn(process.execPath, [serverEntry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...UNTHROTTLED, ...NO_SAMPLE_CATALOGUE, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await waitForListening(child, 30_000);
  return {
    url: `http://localhost:${port}`,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../server/test/helpers/free-port.ts';
import { repoRoot } from './load.ts';

const serverEntry = join(repoRoot, 'dist-server/server/src/main.js');

/** Every device here comes from 127.0.0.1: the per-address submission limits would measure themselves, not delivery. */
export const unthrottled = {
  SUBMISSIONS_PER_IP: '100000000', SUBMISSION_BYTES_PER_IP: '1000000000000',
  SUBMISSIONS_PER_KIOSK: '100000000', SUBMISSION_BYTES_PER_KIOSK: '1000000000000',
};

/**
 * The built server on one SQLite database and port that outlive the process: `kill()`
 * is SIGKILL (no graceful close, as a power cut or an OOM kill), `start()` brings a new
 * process up on the same data, as systemd would.
 */
export interface RestartableServer {
  base: string;
  dataDir: string;
  /** `env` is added to the environment of this start only (e.g. a server that does not know a form yet). */
  start(env?: Record<string, string>): Promise<void>;
  kill(): Promise<void>;
  /** Kills the process if it runs and removes the data. */
  dispose(): Promise<void>;
}

export async function restartableServer(env: Record<string, string> = {}): Promise<RestartableServer> {
  if (!existsSync(serverEntry)) throw new Error('The server is not built: run `npm run build` first.');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-faults-'));
  let child: ChildProcess | undefined;

  async function start(startEnv: Record<string, string> = {}): Promise<void> {
    const next = spawn(process.execPath, [serverEntry], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '', ...unthrottled, ...env, ...startEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = next;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not start in time')), 30_000);
      next.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('listening on')) { clearTimeout(timer); resolve(); }
      });
      next.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
    });
  }

  async function kill(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }

  return {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    start,
    kill,
    async dispose() {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

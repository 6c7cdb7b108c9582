import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Scratch } from './databases.js';
import { freePort } from './free-port.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The server's own entry point (server/src/main.ts, through tsx) in a process of its own,
 * on a test's database: what a second app server behind a load balancer is.
 */
export async function startServerProcess(scratch: Scratch): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: scratch.dataDir,
      DATABASE_URL: scratch.databaseUrl ?? '',
      STATIC_DIR: `${scratch.dataDir}/no-dist`,
      PACKS_DIR: `${scratch.dataDir}/no-packs`,
      PACK_PUBLIC_KEY_FILE: `${scratch.dataDir}/no-key.json`,
      MADOGUCHI_KEYS_DIR: `${scratch.dataDir}/no-keys`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server process did not start in 60 s')), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited with ${code}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';

/**
 * A Chromium that can die the way a kiosk does when its power is cut: started as a
 * process of its own (not by Playwright, which would close it politely) on a given
 * profile, driven over the DevTools protocol, and killed with SIGKILL — browser,
 * renderers and GPU process at once — so nothing gets a chance to flush or clean up.
 */
export interface KillableChromium {
  browser: Browser;
  /** SIGKILL to the whole process group; resolves once the browser process is gone. */
  kill(): Promise<void>;
}

async function devToolsPort(profileDir: string, child: ChildProcess): Promise<number> {
  // Chromium writes the port it chose (we ask for 0 = any) into the profile.
  const file = join(profileDir, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`chromium exited with ${child.exitCode} before listening`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('chromium did not write DevToolsActivePort within 30 s');
}

export async function launchKillableChromium(profileDir: string): Promise<KillableChromium> {
  // A browser killed on this profile before left its port file behind: it names a dead port.
  rmSync(join(profileDir, 'DevToolsActivePort'), { force: true });
  const child = spawn(chromiumPath(), [
    ...chromiumArgs,
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-port=0',
    'about:blank',
  ], { detached: true, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    // detached: the browser leads its own process group, so -pid reaches its children too.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group has already gone */ }
    }
    await exited;
  };
  try {
    const port = await devToolsPort(profileDir, child);
    return { browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`), kill };
  } catch (error) {
    await kill();
    throw error;
  }
}

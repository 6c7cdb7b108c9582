import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * A private copy of the content, the kiosk configs (read from beside the content, as in
 * the repo) and the built pack, so a test can change them freely.
 */
export function copyContentAndPack(): { contentDir: string; packsDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-pack-'));
  const contentDir = join(dir, 'content');
  const packsDir = join(dir, 'packs');
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  cpSync(join(root, 'kiosk-config'), join(dir, 'kiosk-config'), { recursive: true });
  cpSync(join(root, 'dist-packs'), packsDir, { recursive: true });
  return { contentDir, packsDir };
}

/** Rebuilds and re-signs the pack from a content folder, exactly as `npm run content` does. */
export function rebuildPack(contentDir: string, packsDir: string, env: Record<string, string> = {}): void {
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build-content/main.ts'), '--content', contentDir, '--out', packsDir], {
    cwd: root, stdio: 'pipe', env: { ...process.env, ...env },
  });
}

export function editFile(path: string, edit: (text: string) => string): void {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

/** The same, without blocking the test: a kiosk session can be kept alive meanwhile. */
export async function rebuildPackInBackground(contentDir: string, packsDir: string, env: Record<string, string> = {}): Promise<void> {
  await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build-content/main.ts'), '--content', contentDir, '--out', packsDir], {
    cwd: root, env: { ...process.env, ...env },
  });
}

/** `npm run content -- --rollback-to <version>`: republishes an earlier version's content with a signed rollback marker. */
export function publishRollback(packsDir: string, version: string): void {
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build-content/main.ts'), '--out', packsDir, '--rollback-to', version], {
    cwd: root, stdio: 'pipe',
  });
}

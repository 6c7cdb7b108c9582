import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRootFrom } from '../src/config.js';
import { parseFormFile } from '../src/services/forms.js';
import {
  checkKeyId,
  exists,
  generateDepartmentKey,
  privateKeyPath,
  publicHalf,
  publicKeyPath,
  readPrivateKey,
  writePublicKey,
} from './lib/department-keys.js';

export interface DevKeyOptions {
  env?: NodeJS.ProcessEnv;
  warn?: (line: string) => void;
}

/**
 * For a checkout with no department keys yet (development, CI, a demo): every keyId a form
 * in `<contentDir>/forms` names gets a public JWK in `<contentDir>/keys`, so the build can
 * ship it and forms can be sent. Each missing key is generated exactly as
 * `department-key generate` would, loudly marked as a development key. A key whose private
 * half is already on this machine only gets its public file written again. Returns the
 * key ids it wrote.
 */
export async function ensureDevDepartmentKeys(contentDir: string, options: DevKeyOptions = {}): Promise<string[]> {
  const env = options.env ?? process.env;
  const warn = options.warn ?? ((line: string) => console.warn(line));
  // Not loadConfig: the content build need not have a valid server environment.
  const repoRoot = repoRootFrom(dirname(fileURLToPath(import.meta.url)));
  const written: string[] = [];
  for (const keyId of await formKeyIds(contentDir)) {
    const publicPath = publicKeyPath(contentDir, keyId);
    if (await exists(publicPath)) continue;
    const privatePath = privateKeyPath(keyId, env);
    if (await exists(privatePath)) {
      await writePublicKey(publicPath, { ...publicHalf(await readPrivateKey(privatePath)), kid: keyId });
      warn(`warning: wrote ${publicPath} again from the private key already at ${privatePath}`);
    } else {
      await generateDepartmentKey({ keyId, contentDir, env, repoRoot });
      warn(
        `warning: generated a DEVELOPMENT key pair for "${keyId}": private ${privatePath}, public ${publicPath}. ` +
          `Forms encrypted to it are readable with this machine's file only. For production, the department runs ` +
          `\`tsx server/scripts/department-key.ts generate ${keyId} --force\` on its own machine.`,
      );
    }
    written.push(keyId);
  }
  return written;
}

/** The distinct keyIds named by `<contentDir>/forms/*.json`, sorted; none when there are no forms. */
async function formKeyIds(contentDir: string): Promise<string[]> {
  const dir = join(contentDir, 'forms');
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const keyIds = new Set<string>();
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const { keyId } = parseFormFile(name, await readFile(join(dir, name), 'utf8'));
    if (keyId === null) continue;
    try {
      checkKeyId(keyId);
    } catch (error) {
      throw new Error(`forms/${name}: ${(error as Error).message}`, { cause: error });
    }
    keyIds.add(keyId);
  }
  return [...keyIds].sort();
}

import type { JsonWebKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The public half of the pack-signing key, as the build wrote it for the app
 * (`src/config/pack-public-key.json`). Undefined when it is missing or not a key: the
 * server then starts anyway and accepts only the forms of CONTENT_DIR.
 */
export async function readPackPublicKey(repoRoot: string): Promise<JsonWebKey | undefined> {
  try {
    const key = JSON.parse(await readFile(join(repoRoot, 'src/config/pack-public-key.json'), 'utf8')) as JsonWebKey;
    return key.kty === 'EC' && typeof key.x === 'string' && typeof key.y === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

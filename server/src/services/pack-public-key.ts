import type { JsonWebKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/**
 * The public half of the pack-signing key (by default the file the build writes for the
 * app, `src/config/pack-public-key.json`; PACK_PUBLIC_KEY_FILE elsewhere). Undefined when
 * it is missing or not a key: the server then starts anyway and accepts only the forms of CONTENT_DIR.
 */
export async function readPackPublicKey(file: string): Promise<JsonWebKey | undefined> {
  try {
    const key = JSON.parse(await readFile(file, 'utf8')) as JsonWebKey;
    return key.kty === 'EC' && typeof key.x === 'string' && typeof key.y === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

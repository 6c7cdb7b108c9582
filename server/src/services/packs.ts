import { readFile } from 'node:fs/promises';
import { PACK_MANIFEST_FILE } from '../../../contract/pack-layout.js';
import { join } from 'node:path';

/** How long a read of the pack manifest is reused: heartbeats are many, builds are rare. */
const CACHE_MS = 30 * 1000;

/**
 * The version of the content pack this server currently serves (`<packsDir>/manifest.json`),
 * told to each kiosk so the fleet page shows who lags behind. Undefined when no pack is
 * built or the manifest cannot be read: a kiosk then just keeps what it has.
 */
export function createPackVersionReader(packsDir: string): () => Promise<string | undefined> {
  let cached: { at: number; version: string | undefined } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.version;
    let version: string | undefined;
    try {
      const manifest = JSON.parse(await readFile(join(packsDir, PACK_MANIFEST_FILE), 'utf8')) as { version?: unknown };
      version = typeof manifest.version === 'string' ? manifest.version : undefined;
    } catch {
      // Missing until the first pack is built, or unreadable: the same answer as no pack.
      version = undefined;
    }
    cached = { at: Date.now(), version };
    return version;
  };
}

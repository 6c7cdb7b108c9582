import { signal } from '@preact/signals';
import type { JWK } from 'jose';
import { importPrivateKey } from '../../../lib/forms/encrypt';
import { err, ok, type Result } from '../../../lib/result';

export interface LoadedKey {
  keyId: string;
  /** Non-extractable: no script on the page can read the key material back out. */
  key: CryptoKey;
}

/**
 * The department private keys this tab holds, by key id. In memory only, never stored:
 * a key lives until logout, session expiry or closing the tab.
 */
export const keyRing = signal<ReadonlyMap<string, LoadedKey>>(new Map());

/** Why a key file was not taken; each has a sentence in staff.json (keys.errors.*). */
export type KeyFileProblem = 'not-json' | 'not-a-key' | 'public-key' | 'no-key-id' | 'unusable';

/** The JWKs in a file: one key, or a key set `{ keys: [...] }`. */
function jwksOf(json: unknown): unknown[] {
  if (typeof json !== 'object' || json === null) return [];
  const set = (json as { keys?: unknown }).keys;
  return Array.isArray(set) ? set : [json];
}

/** Reads a `.private.jwk` file's text into keys. The JWK object is dropped once imported. */
export async function importKeyFile(text: string): Promise<Result<LoadedKey[], KeyFileProblem>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('not-json');
  }
  const jwks = jwksOf(json);
  if (jwks.length === 0) return err('not-a-key');
  const keys: LoadedKey[] = [];
  for (const candidate of jwks) {
    if (typeof candidate !== 'object' || candidate === null || typeof (candidate as JWK).kty !== 'string') return err('not-a-key');
    const jwk = candidate as JWK;
    // The common mistake: picking the .public.jwk.json next to it. It cannot decrypt.
    if (jwk.d === undefined) return err('public-key');
    if (typeof jwk.kid !== 'string' || jwk.kid === '') return err('no-key-id');
    try {
      keys.push({ keyId: jwk.kid, key: await importPrivateKey(jwk) });
    } catch {
      return err('unusable');
    }
  }
  return ok(keys);
}

export function addKeys(keys: readonly LoadedKey[]): void {
  const next = new Map(keyRing.value);
  for (const key of keys) next.set(key.keyId, key);
  keyRing.value = next;
}

export function clearKeys(): void {
  if (keyRing.value.size > 0) keyRing.value = new Map();
}

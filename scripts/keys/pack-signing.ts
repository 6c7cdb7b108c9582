import { webcrypto } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculateJwkThumbprint } from 'jose';

/**
 * The key that signs content-pack manifests. The private half never lives in the
 * repository: it comes from MADOGUCHI_PACK_SIGNING_KEY (a JWK, for CI secrets) or from
 * $MADOGUCHI_KEYS_DIR/pack-signing.private.jwk (default ~/.config/madoguchi/keys). With
 * neither, a development key is generated there, loudly. The public half is written to
 * src/config/pack-public-key.json, which the app embeds at build time.
 */

export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
}

export interface PackSigningKey {
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
  thumbprint: string;
  origin: 'env' | 'file' | 'generated';
  /** The private key file, when the key came from (or was written to) one. */
  privateKeyPath?: string;
}

export interface PackKeyOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the public JWK goes; default src/config/pack-public-key.json. */
  publicKeyPath?: string;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

export const privateKeyFileName = 'pack-signing.private.jwk';
const defaultPublicKeyPath = fileURLToPath(new URL('../../src/config/pack-public-key.json', import.meta.url));
const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export function keysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MADOGUCHI_KEYS_DIR || join(env.HOME || homedir(), '.config', 'madoguchi', 'keys');
}

export async function ensurePackSigningKey(options: PackKeyOptions = {}): Promise<PackSigningKey> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line) => console.info(line));
  const warn = options.warn ?? ((line) => console.warn(line));
  const path = join(keysDir(env), privateKeyFileName);

  let jwk: JsonWebKey;
  let origin: PackSigningKey['origin'];
  if (env.MADOGUCHI_PACK_SIGNING_KEY) {
    jwk = parsePrivateJwk(env.MADOGUCHI_PACK_SIGNING_KEY, 'MADOGUCHI_PACK_SIGNING_KEY');
    origin = 'env';
  } else if (await exists(path)) {
    jwk = parsePrivateJwk(await readFile(path, 'utf8'), path);
    origin = 'file';
    if (((await stat(path)).mode & 0o077) !== 0) warn(`warning: ${path} is readable by other users; run chmod 600 on it`);
  } else {
    jwk = await generatePrivateJwk(path);
    origin = 'generated';
    warn(`warning: no pack signing key found; generated a DEVELOPMENT key at ${path}. ` +
      'Production packs must be signed with the city key (MADOGUCHI_PACK_SIGNING_KEY or MADOGUCHI_KEYS_DIR).');
  }

  const privateKey = await webcrypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
  const { x = '', y = '' } = jwk;
  const thumbprint = await calculateJwkThumbprint({ kty: 'EC', crv: 'P-256', x, y }, 'sha256');
  const publicJwk: PublicJwk = { kty: 'EC', crv: 'P-256', x, y, kid: thumbprint };
  await writePublicKey(options.publicKeyPath ?? defaultPublicKeyPath, publicJwk, warn);
  log(`pack signing key (${origin}): thumbprint ${thumbprint}`);
  return { privateKey, publicJwk, thumbprint, origin, privateKeyPath: origin === 'env' ? undefined : path };
}

function parsePrivateJwk(text: string, from: string): JsonWebKey {
  let jwk: JsonWebKey;
  try {
    jwk = JSON.parse(text) as JsonWebKey;
  } catch {
    throw new Error(`${from}: not JSON; expected an EC P-256 private key as a JWK`);
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y) {
    throw new Error(`${from}: expected an EC P-256 private JWK (kty "EC", crv "P-256", with d, x and y)`);
  }
  return jwk;
}

async function generatePrivateJwk(path: string): Promise<JsonWebKey> {
  const pair = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // 'wx': never overwrite a key that appeared meanwhile; mode 0600: the owner only.
  await writeFile(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(path, 0o600);
  return jwk;
}

/** Rewrites the public key only when it changed, so the app is not rebuilt for nothing. */
async function writePublicKey(path: string, jwk: PublicJwk, warn: (line: string) => void): Promise<void> {
  const text = `${JSON.stringify(jwk, null, 2)}\n`;
  const before = await readFile(path, 'utf8').catch(() => undefined);
  if (before === text) return;
  if (before !== undefined) {
    const oldKid = (JSON.parse(before) as { kid?: string }).kid ?? 'unknown';
    warn(`warning: ${path} now holds key ${jwk.kid} (was ${oldKid}); apps built with the old key will refuse packs signed with this one`);
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

import { webcrypto } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { calculateJwkThumbprint } from 'jose';

/**
 * A department's key pair: citizens' forms are encrypted in the browser to the public
 * half (JWE ECDH-ES+A256KW, P-256) and only the department's staff, holding the private
 * half in their browser, can read them. The public JWK is content (it ships in the pack,
 * and a form names it by keyId); the private JWK lives outside the repository, mode 0600.
 */

/** Form keyIds name files: kebab-case only, so none can climb out of its folder. */
export const KEY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEY_ALGORITHM = 'ECDH-ES+A256KW';
const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface DepartmentPublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  use: 'enc';
  alg: typeof KEY_ALGORITHM;
}

export interface DepartmentPrivateJwk extends DepartmentPublicJwk {
  d: string;
}

export interface GeneratedKey {
  keyId: string;
  privatePath: string;
  publicPath: string;
  publicJwk: DepartmentPublicJwk;
  thumbprint: string;
}

/** Same root as the pack signing key (scripts/keys/pack-signing.ts), with its own subfolder. */
export function departmentKeysDir(env: NodeJS.ProcessEnv): string {
  const root = env.MADOGUCHI_KEYS_DIR || join(env.HOME || homedir(), '.config', 'madoguchi', 'keys');
  return join(root, 'departments');
}

export function privateKeyPath(keyId: string, env: NodeJS.ProcessEnv): string {
  return join(departmentKeysDir(env), `${keyId}.private.jwk`);
}

export function publicKeyPath(contentDir: string, keyId: string): string {
  return join(contentDir, 'keys', `${keyId}.public.jwk.json`);
}

export function checkKeyId(keyId: string): void {
  if (!KEY_ID_PATTERN.test(keyId) || keyId.length > 64) {
    throw new Error(`key id "${keyId}" must be kebab-case (a-z, 0-9, -) and at most 64 characters`);
  }
}

export interface GenerateOptions {
  keyId: string;
  contentDir: string;
  env: NodeJS.ProcessEnv;
  /** Refused when inside this folder: a private key must never be one `git add` away. */
  repoRoot: string;
  /** Private key file; default `<keys dir>/departments/<keyId>.private.jwk`. */
  out?: string | undefined;
  /** Replace an existing public key file (never an existing private key). */
  force?: boolean | undefined;
}

export async function generateDepartmentKey({ keyId, contentDir, env, repoRoot, out, force = false }: GenerateOptions): Promise<GeneratedKey> {
  checkKeyId(keyId);
  const privatePath = resolve(out ?? privateKeyPath(keyId, env));
  const publicPath = publicKeyPath(contentDir, keyId);
  if (isInside(repoRoot, privatePath)) {
    throw new Error(`${privatePath} is inside the repository; write the private key elsewhere (--out or MADOGUCHI_KEYS_DIR)`);
  }
  if (await exists(privatePath)) {
    throw new Error(`${privatePath} already exists; a private key is never overwritten (rotate with a new key id, e.g. ${keyId}-2)`);
  }
  if (!force && (await exists(publicPath))) {
    throw new Error(`${publicPath} already exists; forms encrypted to it need its private key. Use a new key id, or --force to replace it`);
  }
  const pair = (await webcrypto.subtle.generateKey(ecdh, true, ['deriveBits'])) as webcrypto.CryptoKeyPair;
  const exported = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  const privateJwk = toPrivateJwk(exported, keyId);
  await writePrivateKey(privatePath, privateJwk);
  const publicJwk = publicHalf(privateJwk);
  await writePublicKey(publicPath, publicJwk);
  return { keyId, privatePath, publicPath, publicJwk, thumbprint: await thumbprintOf(publicJwk) };
}

export async function readPrivateKey(path: string): Promise<DepartmentPrivateJwk> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read a private JWK`, { cause: error });
  }
  const { kid } = jwk as { kid?: unknown };
  return toPrivateJwk(jwk as webcrypto.JsonWebKey, typeof kid === 'string' ? kid : '');
}

/** The public JWK members only: `d` never leaves the private file. */
export function publicHalf({ kty, crv, x, y, kid, use, alg }: DepartmentPrivateJwk): DepartmentPublicJwk {
  return { kty, crv, x, y, kid, use, alg };
}

export async function writePublicKey(path: string, jwk: DepartmentPublicJwk): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(jwk, null, 2)}\n`);
}

export function thumbprintOf(jwk: DepartmentPublicJwk): Promise<string> {
  return calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, 'sha256');
}

function toPrivateJwk(jwk: webcrypto.JsonWebKey, kid: string): DepartmentPrivateJwk {
  const { kty, crv, x, y, d } = jwk;
  if (kty !== 'EC' || crv !== 'P-256' || !x || !y || !d) throw new Error('expected an EC P-256 private JWK (with d, x and y)');
  return { kty, crv, x, y, d, kid, use: 'enc', alg: KEY_ALGORITHM };
}

async function writePrivateKey(path: string, jwk: DepartmentPrivateJwk): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // 'wx': never replace a key that appeared meanwhile; 0600: its owner only.
  await writeFile(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(path, 0o600);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

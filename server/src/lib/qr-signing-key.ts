import { webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';

/**
 * The key that signs the QR codes of paper notices (`/f/<form>?prefill=…&sig=…`). Like the
 * pack-signing key its private half never lives in the repository: it comes from
 * MADOGUCHI_QR_SIGNING_KEY (a JWK, for secrets stores) or from
 * $MADOGUCHI_KEYS_DIR/qr-signing.private.jwk (default ~/.config/madoguchi/keys). The public
 * half travels to every device inside the signed content pack (keys/qr-signing.json), so a
 * terminal checks a code against the key of the pack it trusts, never one a code brings.
 */
export interface QrPublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
}

export interface QrSigningKey {
  privateKey: webcrypto.CryptoKey;
  publicJwk: QrPublicJwk;
  /** Where it came from, for the operator's log line. */
  source: string;
}

export const qrPrivateKeyFileName = 'qr-signing.private.jwk';
/** Under the content directory, next to the department keys; the build puts it in the pack. */
export const qrPublicKeyFile = join('keys', 'qr-signing.public.jwk.json');
const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export function qrPrivateKeyPath(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.MADOGUCHI_KEYS_DIR || join(env.HOME || homedir(), '.config', 'madoguchi', 'keys');
  return join(root, qrPrivateKeyFileName);
}

/** The key, or undefined when this machine has none (then nothing can be signed here). A malformed key throws. */
export async function loadQrSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<QrSigningKey | undefined> {
  let text: string | undefined;
  let source: string;
  if (env.MADOGUCHI_QR_SIGNING_KEY) {
    text = env.MADOGUCHI_QR_SIGNING_KEY;
    source = 'MADOGUCHI_QR_SIGNING_KEY';
  } else {
    source = qrPrivateKeyPath(env);
    text = await readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  }
  if (text === undefined) return undefined;
  return importQrSigningKey(parsePrivateJwk(text, source), source);
}

export async function importQrSigningKey(jwk: webcrypto.JsonWebKey, source: string): Promise<QrSigningKey> {
  const privateKey = await webcrypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
  const { x = '', y = '' } = jwk;
  const kid = await calculateJwkThumbprint({ kty: 'EC', crv: 'P-256', x, y }, 'sha256');
  return { privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x, y, kid }, source };
}

function parsePrivateJwk(text: string, from: string): webcrypto.JsonWebKey {
  let jwk: webcrypto.JsonWebKey;
  try {
    jwk = JSON.parse(text) as webcrypto.JsonWebKey;
  } catch {
    throw new Error(`${from}: not JSON; expected an EC P-256 private key as a JWK`);
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y) {
    throw new Error(`${from}: expected an EC P-256 private JWK (kty "EC", crv "P-256", with d, x and y)`);
  }
  return jwk;
}

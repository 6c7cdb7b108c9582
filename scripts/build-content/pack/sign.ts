import { webcrypto } from 'node:crypto';

/**
 * Signs the exact manifest bytes with ECDSA P-256 / SHA-256. WebCrypto produces the
 * IEEE P1363 form (r‖s, 64 bytes), which is what the app's crypto.subtle.verify expects;
 * base64url so it travels as a plain text file.
 */
export async function signManifest(bytes: Uint8Array, privateKey: CryptoKey): Promise<string> {
  const signature = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, bytes);
  return Buffer.from(signature).toString('base64url');
}

export function sha256Hex(bytes: Uint8Array): Promise<string> {
  return webcrypto.subtle.digest('SHA-256', bytes).then((d) => Buffer.from(d).toString('hex'));
}

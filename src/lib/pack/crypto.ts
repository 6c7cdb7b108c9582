/** WebCrypto helpers for pack verification; the same code runs in the page, workers and Node. */

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Verifies an ECDSA P-256 / SHA-256 signature (IEEE P1363 r||s, as WebCrypto makes)
 * over the exact manifest bytes. A malformed key or signature is "not verified", never an exception.
 */
export async function verifyManifestSignature(
  manifestBytes: BufferSource,
  signatureBase64Url: string,
  publicKey: JsonWebKey,
): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    return await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      base64UrlToBytes(signatureBase64Url.trim()),
      manifestBytes,
    );
  } catch {
    return false;
  }
}

import { CompactEncrypt, compactDecrypt, decodeProtectedHeader, importJWK, type JWK } from 'jose';

/**
 * Answers leave the citizen's device only as a compact JWE for the department's
 * public key (ECDH-ES with an ephemeral key, wrapped A256GCM content key): the
 * outbox, the server and its backups hold ciphertext; only the staff console,
 * holding the private key, can read it. The same code runs in page, worker and Node.
 */
export const keyAlgorithm = 'ECDH-ES+A256KW';
export const contentEncryption = 'A256GCM';

/** Encrypts `payload` as JSON. Throws on a key that is not a P-256 public key: a caller bug, not a user error. */
export async function encryptAnswers(payload: object, publicJwk: JWK, keyId: string): Promise<string> {
  // A private key in a kiosk's config would be a leak waiting to happen; refuse to use one.
  if ('d' in publicJwk) throw new Error('encryptAnswers: expected a public key, got a private one (it has "d")');
  if (publicJwk.kty !== 'EC' || publicJwk.crv !== 'P-256') throw new Error('encryptAnswers: expected an EC P-256 public key');
  if (publicJwk.kid !== undefined && publicJwk.kid !== keyId) throw new Error(`encryptAnswers: key ${publicJwk.kid} is not the form's key ${keyId}`);
  const key = await importJWK(publicJwk, keyAlgorithm);
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: keyAlgorithm, enc: contentEncryption, kid: keyId, cty: 'application/json' })
    .encrypt(key);
}

/**
 * The staff console's private key as a non-extractable CryptoKey: once imported
 * (e.g. into IndexedDB as a CryptoKey), no script on the page can read it back.
 */
export async function importPrivateKey(jwk: JWK): Promise<CryptoKey> {
  const key = await importJWK(jwk, keyAlgorithm, { extractable: false });
  if (key instanceof Uint8Array || key.type !== 'private') throw new Error('importPrivateKey: expected an EC private key');
  return key;
}

/** The key id a submission was encrypted for, to pick the right private key; undefined when it is not a JWE. */
export function submissionKeyId(jwe: string): string | undefined {
  try {
    return decodeProtectedHeader(jwe).kid;
  } catch {
    return undefined;
  }
}

/** The payload of a submission. Rejects when the key is wrong or a byte was changed (GCM authenticates). */
export async function decryptSubmission(jwe: string, privateKey: CryptoKey): Promise<unknown> {
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, privateKey, {
    keyManagementAlgorithms: [keyAlgorithm],
    contentEncryptionAlgorithms: [contentEncryption],
  });
  if (protectedHeader.cty !== 'application/json') throw new Error(`decryptSubmission: unexpected content type ${String(protectedHeader.cty)}`);
  return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
}

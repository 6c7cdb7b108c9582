import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { encryptAnswers } from '../../../lib/forms/encrypt';

/** A department key pair as `npm run keys:departments` writes it: JWKs with kid. */
export async function departmentKeyPair(keyId: string): Promise<{ publicJwk: JWK; privateJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
  const meta = { kid: keyId, use: 'enc', alg: 'ECDH-ES+A256KW' };
  return { publicJwk: { ...(await exportJWK(publicKey)), ...meta }, privateJwk: { ...(await exportJWK(privateKey)), ...meta } };
}

/** A ciphertext as a citizen's device makes it. */
export function sealed(payload: object, publicJwk: JWK, keyId: string): Promise<string> {
  return encryptAnswers(payload, publicJwk, keyId);
}

import { CompactEncrypt, generateKeyPair } from 'jose';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';

export { uuidv7 };

const { publicKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256' });

/** A real compact JWE as the app makes it: ECDH-ES direct, A256GCM, so the encrypted-key part is empty. */
export async function encryptAnswers(answers: Record<string, unknown>): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(answers)))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', kid: 'shimin-2026' })
    .encrypt(publicKey);
}

export function putSubmission(app: FastifyInstance, id: string, body: unknown, contentType = 'application/json') {
  return app.inject({
    method: 'PUT',
    url: `/api/submissions/${id}`,
    headers: { 'content-type': contentType },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

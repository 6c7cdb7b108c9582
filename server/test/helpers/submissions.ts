import { CompactEncrypt, generateKeyPair } from 'jose';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { TEST_FORMS } from './app.js';

export { uuidv7 };

const { publicKey } = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256' });

/**
 * A real compact JWE as the app makes it (src/lib/forms/encrypt.ts): ECDH-ES+A256KW with an
 * ephemeral key, A256GCM, `kid` the form's key id. The server never decrypts, so any P-256
 * key will do; the header is what it checks.
 */
export async function encryptAnswers(answers: Record<string, unknown>, keyId = 'shimin-2026'): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(answers)))
    .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: keyId, cty: 'application/json' })
    .encrypt(publicKey);
}

/** The key id a test form's answers are encrypted to. */
export function keyIdOf(formId: string): string {
  return TEST_FORMS.find((form) => form.id === formId)?.keyId ?? 'shimin-2026';
}

/** The same JWE with its protected header replaced, as a forger would send it. */
export function withProtectedHeader(jwe: string, header: Record<string, unknown>): string {
  const [, ...rest] = jwe.split('.');
  return [Buffer.from(JSON.stringify(header)).toString('base64url'), ...rest].join('.');
}

/** The protected header of a compact JWE. */
export function protectedHeaderOf(jwe: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwe.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

export function putSubmission(
  app: FastifyInstance,
  id: string,
  body: unknown,
  contentType = 'application/json',
  extra: Pick<InjectOptions, 'remoteAddress'> & { headers?: Record<string, string> } = {},
) {
  return app.inject({
    method: 'PUT',
    url: `/api/submissions/${id}`,
    remoteAddress: extra.remoteAddress,
    headers: { 'content-type': contentType, ...extra.headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

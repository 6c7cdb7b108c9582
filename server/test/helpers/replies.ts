import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { REPLY_CONTENT_TYPE, REPLY_KDF_ITERATIONS, replyKeyInput } from '../../../contract/replies.js';

/**
 * The reply scheme of src/lib/replies/reply-crypto.ts made again with node:crypto (the server
 * may not import the app): a citizen's derived key, staff's sealing, the citizen's opening.
 * Being a second implementation, it also checks that the format is the documented one.
 */
export interface ReplyKey { key: Buffer; salt: Buffer }

export function makeReplyKey(pin: string, code: string): ReplyKey {
  const salt = randomBytes(16);
  return { key: pbkdf2Sync(replyKeyInput(pin, code), salt, REPLY_KDF_ITERATIONS, 32, 'sha256'), salt };
}

export function sealReply(text: string, { key, salt }: ReplyKey): string {
  const header = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', cty: REPLY_CONTENT_TYPE, rks: salt.toString('base64url') })).toString('base64url');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(header, 'ascii'));
  const body = Buffer.concat([cipher.update(JSON.stringify({ text }), 'utf8'), cipher.final()]);
  return [header, '', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** The text, or undefined when PIN, code or bytes are not the ones it was sealed with. */
export function openReply(jwe: string, pin: string, code: string): string | undefined {
  const [header = '', , iv = '', body = '', tag = ''] = jwe.split('.');
  const { rks } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { rks: string };
  const key = pbkdf2Sync(replyKeyInput(pin, code), Buffer.from(rks, 'base64url'), REPLY_KDF_ITERATIONS, 32, 'sha256');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(header, 'ascii'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    return (JSON.parse(plain.toString('utf8')) as { text: string }).text;
  } catch {
    return undefined;
  }
}

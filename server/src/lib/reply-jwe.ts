import { REPLY_CONTENT_TYPE } from '../../../contract/replies.js';

/**
 * The protected header of a private reply must be exactly what staff's browser makes
 * (src/lib/replies/reply-crypto.ts): `dir` + A256GCM, this scheme's `cty`, and the 16-byte
 * PBKDF2 salt in `rks`. The server cannot check the tag (it has no key); it refuses anything
 * else so a citizen's device is never handed a JWE it was not made to open.
 */
export function replyHeaderProblem(jwe: string): string | undefined {
  const [encoded = ''] = jwe.split('.');
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return 'The reply header is not JSON';
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return 'The reply header is not an object';
  const fields = header as Record<string, unknown>;
  if (Object.keys(fields).sort().join(',') !== 'alg,cty,enc,rks') return 'The reply header must have exactly alg, enc, cty and rks';
  if (fields.alg !== 'dir' || fields.enc !== 'A256GCM') return 'A reply is sealed with alg "dir" and enc "A256GCM"';
  if (fields.cty !== REPLY_CONTENT_TYPE) return `A reply's cty is "${REPLY_CONTENT_TYPE}"`;
  if (typeof fields.rks !== 'string' || !/^[A-Za-z0-9_-]{22}$/.test(fields.rks)) return 'A reply names its 16-byte salt in rks';
  return undefined;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TOKEN_PATTERN } from '../../../contract/api/common.js';

// Session cookies, CSRF tokens, kiosk enrolment and device tokens are all the same kind
// of secret: 32 random bytes in base64url. Only their sha256 is stored, so a copy of the
// database (a backup, a stolen disk) cannot be replayed as a login or as a kiosk.

export const TOKEN_BYTES = 32;
const tokenRegExp = new RegExp(TOKEN_PATTERN);

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Refuses anything that cannot be one of ours before it reaches a hash or a query. */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && tokenRegExp.test(value);
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Equality that takes the same time wherever the strings differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

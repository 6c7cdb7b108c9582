import { base64UrlToBytes } from '../../../../contract/qr/base64url';
import type { ReplyKeyMaterial } from '../../../lib/replies/reply-crypto';

/**
 * The reply key sealed in a decrypted opinion, if it is what the app makes: a 32-byte key
 * and a 16-byte salt. Decrypted content is not trusted to fit, as answers are not.
 */
export function replyKeyOf(payload: { reply?: unknown }): (ReplyKeyMaterial & { publicConsent: boolean }) | undefined {
  const reply = payload.reply;
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { key, salt, publicConsent } = reply as Record<string, unknown>;
  if (typeof key !== 'string' || typeof salt !== 'string') return undefined;
  if (base64UrlToBytes(key)?.length !== 32 || base64UrlToBytes(salt)?.length !== 16) return undefined;
  return { key, salt, publicConsent: publicConsent === true };
}

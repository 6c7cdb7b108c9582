import { base64UrlToBytes, bytesToBase64Url, textToBase64Url } from '../../../contract/qr/base64url';
import { REPLY_CONTENT_TYPE, REPLY_KDF_ITERATIONS, replyKeyInput } from '../../../contract/replies';
import { err, ok, type Result } from '../result';

/**
 * A private reply: a compact JWE (`alg: dir`, `enc: A256GCM`) under a key only the citizen
 * and the department hold. The citizen's device derives the key from the PIN and the reply
 * code with PBKDF2 and a random salt, and seals key and salt inside the submission (to the
 * department's key); staff's browser encrypts the reply with it and names the salt in the
 * header (`rks`), so any device the citizen types PIN and code on can derive the key again.
 * The server stores and relays the JWE; it never holds the key, the code or the text.
 * Plain WebCrypto, so neither page needs jose for it.
 */

/** What the citizen's device puts in the encrypted submission for staff. */
export interface ReplyKeyMaterial {
  /** The raw 256-bit AES key, base64url. */
  key: string;
  /** The PBKDF2 salt, base64url (16 bytes). */
  salt: string;
}

export type ReplyOpenError = 'malformed' | 'cannot-decrypt';

interface ReplyHeader {
  alg: 'dir';
  enc: 'A256GCM';
  cty: typeof REPLY_CONTENT_TYPE;
  rks: string;
}

async function deriveKeyBytes(pin: string, replyCode: string, salt: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(replyKeyInput(pin, replyCode)), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: REPLY_KDF_ITERATIONS }, base, 256);
  return new Uint8Array(bits);
}

/** At submit time: a fresh salt and the key PIN + code derive with it. */
export async function makeReplyKey(pin: string, replyCode: string): Promise<ReplyKeyMaterial> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKeyBytes(pin, replyCode, salt);
  return { key: bytesToBase64Url(key), salt: bytesToBase64Url(salt) };
}

function aesKey(raw: Uint8Array<ArrayBuffer>, usage: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [usage]);
}

/** Staff's browser: the reply text sealed to the key from the decrypted submission. */
export async function sealReply(text: string, material: ReplyKeyMaterial): Promise<string> {
  const raw = base64UrlToBytes(material.key);
  if (!raw || raw.length !== 32 || !base64UrlToBytes(material.salt)) throw new Error('reply key material is not what the app makes');
  const header: ReplyHeader = { alg: 'dir', enc: 'A256GCM', cty: REPLY_CONTENT_TYPE, rks: material.salt };
  const encodedHeader = textToBase64Url(JSON.stringify(header));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(encodedHeader), tagLength: 128 },
    await aesKey(raw, 'encrypt'),
    new TextEncoder().encode(JSON.stringify({ text })),
  ));
  const ciphertext = sealed.subarray(0, sealed.length - 16);
  const tag = sealed.subarray(sealed.length - 16);
  return [encodedHeader, '', bytesToBase64Url(iv), bytesToBase64Url(ciphertext), bytesToBase64Url(tag)].join('.');
}

function parse(jwe: string): { header: ReplyHeader; encodedHeader: string; iv: Uint8Array<ArrayBuffer>; sealed: Uint8Array<ArrayBuffer> } | undefined {
  const parts = jwe.split('.');
  if (parts.length !== 5 || parts[1] !== '') return undefined;
  const [encodedHeader = '', , ivText = '', ciphertextText = '', tagText = ''] = parts;
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(base64UrlToBytes(encodedHeader)));
  } catch {
    return undefined;
  }
  const h = header as Partial<ReplyHeader> | null;
  if (!h || h.alg !== 'dir' || h.enc !== 'A256GCM' || h.cty !== REPLY_CONTENT_TYPE || typeof h.rks !== 'string' || !base64UrlToBytes(h.rks)) return undefined;
  const iv = base64UrlToBytes(ivText);
  const ciphertext = base64UrlToBytes(ciphertextText);
  const tag = base64UrlToBytes(tagText);
  if (!iv || iv.length !== 12 || !ciphertext || !tag || tag.length !== 16) return undefined;
  const sealed = new Uint8Array(ciphertext.length + 16);
  sealed.set(ciphertext);
  sealed.set(tag, ciphertext.length);
  return { header: h as ReplyHeader, encodedHeader, iv, sealed };
}

async function open(jwe: string, keyFor: (salt: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>): Promise<Result<string, ReplyOpenError>> {
  const parsed = parse(jwe);
  if (!parsed) return err('malformed');
  let plain: ArrayBuffer;
  try {
    const raw = await keyFor(base64UrlToBytes(parsed.header.rks)!);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: parsed.iv, additionalData: new TextEncoder().encode(parsed.encodedHeader), tagLength: 128 },
      await aesKey(raw, 'decrypt'),
      parsed.sealed,
    );
  } catch {
    // A wrong code or PIN, or bytes changed on the way: GCM's tag cannot tell which.
    return err('cannot-decrypt');
  }
  try {
    const body = JSON.parse(new TextDecoder().decode(plain)) as { text?: unknown };
    return typeof body.text === 'string' ? ok(body.text) : err('malformed');
  } catch {
    return err('malformed');
  }
}

/** The citizen's device: the reply, if PIN and code are the ones it was sealed for. */
export function openReply(jwe: string, pin: string, replyCode: string): Promise<Result<string, ReplyOpenError>> {
  return open(jwe, (salt) => deriveKeyBytes(pin, replyCode, salt));
}

/** Staff's browser reading back its own reply with the key from the submission. */
export function openReplyWithKey(jwe: string, material: ReplyKeyMaterial): Promise<Result<string, ReplyOpenError>> {
  return open(jwe, async () => {
    const raw = base64UrlToBytes(material.key);
    if (!raw) throw new Error('bad key');
    return raw;
  });
}

import { bytesToBase64Url, textToBase64Url } from './base64url';
import { parseFormQrParts, type FormQrResult, type QrForm } from './qr-payload';

/**
 * Signed QR links: the city signs `/f/<formId>?prefill=<value>` with an ECDSA
 * P-256 key, so a sticker pasted over a notice cannot send people to a form
 * filled with someone else's text. The origin is not signed: the same printed
 * notice works on every host of the deployment, and the host is checked anyway.
 */
const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface VerifyOptions {
  /** Refuse links without a signature (a deployment that signs all its notices). */
  requireSignature?: boolean;
}

/** parseFormQr, then the signature checked with the city's public key. A malformed key is a refusal, never an exception. */
export async function verifyFormQr(
  text: string,
  origin: string,
  forms: readonly QrForm[],
  publicJwk: JsonWebKey,
  options: VerifyOptions = {},
): Promise<FormQrResult> {
  const { result, signedText, signature } = parseFormQrParts(text, origin, forms);
  if (!result.ok) return result;
  if (!signature || signedText === undefined) return options.requireSignature ? { ok: false, reason: 'bad-signature' } : result;
  try {
    const key = await crypto.subtle.importKey('jwk', publicJwk, algorithm, false, ['verify']);
    const valid = await crypto.subtle.verify(signing, key, signature, new TextEncoder().encode(signedText));
    return valid ? { ...result, signature: 'valid' } : { ok: false, reason: 'bad-signature' };
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
}

/**
 * The link for a notice's QR code, signed when a private key is given (staff
 * console or a build script). Values are strings; keys must be prefillable fields.
 */
export async function createFormQrUrl(origin: string, formId: string, prefill: Record<string, string> = {}, privateKey?: CryptoKey): Promise<string> {
  const base = new URL(origin).origin;
  const path = Object.keys(prefill).length === 0 ? `/f/${formId}` : `/f/${formId}?prefill=${textToBase64Url(JSON.stringify(prefill))}`;
  if (!privateKey) return base + path;
  const signature = new Uint8Array(await crypto.subtle.sign(signing, privateKey, new TextEncoder().encode(path)));
  return `${base}${path}${path.includes('?') ? '&' : '?'}sig=${bytesToBase64Url(signature)}`;
}

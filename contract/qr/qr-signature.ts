import { bytesToBase64Url, textToBase64Url } from './base64url.js';
import { parseFormQrParts, type FormQrResult, type QrForm, type QrRefusalReason } from './qr-payload.js';

/**
 * Signed QR links: the city signs `/f/<formId>?prefill=<value>` with an ECDSA
 * P-256 key, so a sticker pasted over a notice cannot send people to a form
 * filled with someone else's text. The origin is not signed: the same printed
 * notice works on every host of the deployment, and the host is checked anyway.
 */
const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** The members of the city's public JWK this module reads: spelled out, so the server (no DOM types) compiles it too. */
export interface QrVerifyKey { kty?: string; crv?: string; x?: string; y?: string; kid?: string }
/** A WebCrypto private key, in the page's and Node's types alike. */
type SigningKey = Parameters<typeof crypto.subtle.sign>[1];
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface VerifyOptions {
  /** Refuse links without a signature (a deployment that signs all its notices). */
  requireSignature?: boolean;
}

/**
 * parseFormQr, then the signature checked with the city's QR key (carried in the signed
 * content pack). The only gate the app opens a code through:
 *  - a code that fills in answers must carry a valid signature: prefill puts words in the
 *    city's mouth, and only the city may do that;
 *  - a present signature must verify; with no key to check it (an old pack) it cannot,
 *    and is refused;
 *  - a plain `/f/<formId>` opens the form empty, signed or not (unless required).
 * A malformed key is a refusal, never an exception.
 */
export async function verifyFormQr(
  text: string,
  origin: string,
  forms: readonly QrForm[],
  publicJwk: QrVerifyKey | undefined,
  options: VerifyOptions = {},
): Promise<FormQrResult> {
  const { result, signedText, signature } = parseFormQrParts(text, origin, forms);
  if (!result.ok || signedText === undefined) return result;
  const fillsAnswers = signedText.includes('?prefill=');
  if (!signature) return options.requireSignature || fillsAnswers ? { ok: false, reason: 'bad-signature' } : result;
  if (!publicJwk) return { ok: false, reason: 'bad-signature' };
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
export async function createFormQrUrl(origin: string, formId: string, prefill: Record<string, string> = {}, privateKey?: SigningKey): Promise<string> {
  const base = new URL(origin).origin;
  const path = Object.keys(prefill).length === 0 ? `/f/${formId}` : `/f/${formId}?prefill=${textToBase64Url(JSON.stringify(prefill))}`;
  if (!privateKey) return base + path;
  const signature = new Uint8Array(await crypto.subtle.sign(signing, privateKey, new TextEncoder().encode(path)));
  return `${base}${path}${path.includes('?') ? '&' : '?'}sig=${bytesToBase64Url(signature)}`;
}

/**
 * Signs a notice's link, then checks it exactly as a device will, with the key the devices
 * hold: a link a terminal would refuse (a personal or unknown field, a plain-http site, a
 * key the pack does not carry) is reported instead of printed.
 */
export async function signCheckedFormQr(
  origin: string,
  form: QrForm,
  prefill: Record<string, string>,
  privateKey: SigningKey,
  devicesKey: QrVerifyKey,
): Promise<{ ok: true; url: string } | { ok: false; reason: QrRefusalReason }> {
  const url = await createFormQrUrl(origin, form.id, prefill, privateKey);
  const check = await verifyFormQr(url, origin, [form], devicesKey);
  return check.ok ? { ok: true, url } : { ok: false, reason: check.reason };
}

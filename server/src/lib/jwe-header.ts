/**
 * Checks the outside of a submission before it is stored. The server cannot decrypt, but it
 * can see that the JWE is what the app makes (src/lib/forms/encrypt.ts): ECDH-ES+A256KW with
 * an ephemeral P-256 key, A256GCM, for this form's department key. Anything else is either a
 * forgery (`alg: none`) or would be unreadable by staff, and would only be found when they
 * try to open it, long after the citizen left with a receipt.
 */

export type JweRefusal = 'jwe_header' | 'jwe_alg' | 'jwe_enc' | 'jwe_kid' | 'jwe_epk';
export type JweCheck = { ok: true } | { ok: false; code: JweRefusal; message: string };

const ALG = 'ECDH-ES+A256KW';
const ENC = 'A256GCM';
const CONTENT_TYPE = 'application/json';
/** What the app's header holds; `apu`/`apv` are the optional ECDH party info. Nothing else, so no `zip` or `crit`. */
const HEADER_KEYS = new Set(['alg', 'enc', 'kid', 'epk', 'cty', 'apu', 'apv']);
const MAX_HEADER_CHARS = 2048;
/** A256KW wraps the 32-byte content key into 40 bytes; GCM's IV is 12 bytes and its tag 16: base64url lengths. */
const WRAPPED_KEY_CHARS = 54;
const IV_CHARS = 16;
const TAG_CHARS = 22;
/** A P-256 coordinate: 32 bytes in base64url. */
const COORDINATE = /^[A-Za-z0-9_-]{43}$/;

const refuse = (code: JweRefusal, message: string): JweCheck => ({ ok: false, code, message });

export function checkJweHeader(compact: string, keyId: string | null): JweCheck {
  const [header = '', wrappedKey = '', iv = '', , tag = ''] = compact.split('.');
  if (header.length > MAX_HEADER_CHARS) return refuse('jwe_header', 'The protected header is too long');
  if (wrappedKey.length !== WRAPPED_KEY_CHARS || iv.length !== IV_CHARS || tag.length !== TAG_CHARS) {
    return refuse('jwe_header', 'The wrapped key, IV or tag does not have the length of ECDH-ES+A256KW with A256GCM');
  }
  const parsed = parseHeader(header);
  if (!parsed) return refuse('jwe_header', 'The protected header is not a JSON object in base64url');
  const unknown = Object.keys(parsed).find((key) => !HEADER_KEYS.has(key));
  if (unknown !== undefined) return refuse('jwe_header', `The protected header may not hold "${unknown}"`);
  if (parsed.alg !== ALG) return refuse('jwe_alg', `alg must be ${ALG}`);
  if (parsed.enc !== ENC) return refuse('jwe_enc', `enc must be ${ENC}`);
  if (keyId === null || parsed.kid !== keyId) return refuse('jwe_kid', "kid must be this form's department key");
  if (!isEphemeralKey(parsed.epk)) return refuse('jwe_epk', 'epk must be a public EC P-256 key');
  if (parsed.cty !== CONTENT_TYPE) return refuse('jwe_header', `cty must be ${CONTENT_TYPE}, or staff cannot read it`);
  return { ok: true };
}

function parseHeader(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isEphemeralKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { kty, crv, x, y, ...rest } = value as Record<string, unknown>;
  // Exactly a public key: a `d` here would be someone's private key.
  return kty === 'EC' && crv === 'P-256' && typeof x === 'string' && COORDINATE.test(x) && typeof y === 'string' && COORDINATE.test(y) && Object.keys(rest).length === 0;
}

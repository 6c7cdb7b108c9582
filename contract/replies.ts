/**
 * The words of "replies to opinions and questions" (広聴), shared by the server, the app and
 * the staff console. Kept free of Node and DOM imports. The design, and what it protects
 * against and what not, is in docs/clear-and-encrypted.md ("Replies").
 */

/** The forms whose senders can read a reply in Madoguchi: the opinion form (意見・提案). */
export const REPLY_FORM_IDS: ReadonlySet<string> = new Set(['opinion']);

export function acceptsReplies(formId: string): boolean {
  return REPLY_FORM_IDS.has(formId);
}

/**
 * The clear field a reply form may carry: `replyConsent: "public"` when the citizen ticked
 * "the reply may be public". Absent means the reply must be encrypted to the citizen.
 */
export const REPLY_CONSENT_FIELD = 'replyConsent';
export const PUBLIC_REPLY_CONSENT = 'public';

/**
 * The reply code printed with the receipt number and PIN: 16 digits (≈ 53 bits) from the
 * device's CSPRNG. With the PIN it derives the key a private reply is encrypted to. The PIN
 * alone cannot: the server holds its salted hash, and 10^10 PINs are quickly tried.
 */
export const REPLY_CODE_DIGITS = 16;
export const REPLY_CODE_PATTERN = `^[0-9]{${REPLY_CODE_DIGITS}}$`;

/** PBKDF2-SHA-256 rounds: a few hundred milliseconds on a kiosk, and each guess costs a server-side attacker as much. */
export const REPLY_KDF_ITERATIONS = 300_000;
/** The `cty` of a reply's JWE, naming this scheme's version. */
export const REPLY_CONTENT_TYPE = 'madoguchi-reply/1';
/** Characters of a reply staff may write (before encryption). */
export const MAX_REPLY_CHARS = 4000;

/** What the key derivation reads: both secrets the citizen holds, versioned. */
export function replyKeyInput(pin: string, replyCode: string): string {
  return `madoguchi-reply/1\n${pin}\n${replyCode}`;
}

/** `1234567890123456` → `1234-5678-9012-3456`. */
export function formatReplyCode(code: string): string {
  return code.length === REPLY_CODE_DIGITS ? code.match(/.{4}/g)!.join('-') : code;
}

/** As typed: full-width digits, spaces and dashes forgiven. */
export function normaliseReplyCode(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s\-‐－ー−]/g, '');
}

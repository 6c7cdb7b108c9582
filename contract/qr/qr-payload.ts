import { base64UrlToBytes } from './base64url.js';
import { isPersonalField, type QrField } from './personal-fields.js';

/**
 * Reading the QR code of a paper notice: the only thing it may do is open one
 * of our forms, perhaps with a few answers filled in. A payload is
 *   https://<our host>/f/<formId>?prefill=<base64url JSON>&sig=<base64url>
 * and is checked on the raw text, character by character, before any URL
 * parser can normalise a trick away (backslashes, %2e%2e, user@host, Unicode
 * look-alike hosts). Everything else is refused with a reason the UI explains.
 */
export const qrRefusalReasons = ['not-a-url', 'other-origin', 'bad-scheme', 'too-long', 'unknown-form', 'bad-prefill', 'bad-signature'] as const;
export type QrRefusalReason = (typeof qrRefusalReasons)[number];

export type FormQrResult =
  | {
      ok: true;
      formId: string;
      prefill: Record<string, string>;
      /** 'unverified' from parseFormQr when a signature is present; verifyFormQr turns it into 'valid' or a refusal. */
      signature: 'none' | 'unverified' | 'valid';
    }
  | { ok: false; reason: QrRefusalReason };

/** What the parser needs to know of a form: its id and which fields a QR code may fill (a FormDef is one). */
export interface QrForm {
  id: string;
  sections: ReadonlyArray<{ fields: readonly QrField[] }>;
}

export const qrMaxLength = 1024;
export const prefillValueMaxLength = 200;

/** The parts verifyFormQr needs besides the result. */
export interface ParsedFormQr {
  result: FormQrResult;
  /** `/f/<formId>` or `/f/<formId>?prefill=<value>`: the exact text the signature covers. */
  signedText?: string;
  signature?: Uint8Array<ArrayBuffer>;
}

const refuse = (reason: QrRefusalReason): ParsedFormQr => ({ result: { ok: false, reason } });

export function parseFormQr(text: string, origin: string, forms: readonly QrForm[]): FormQrResult {
  return parseFormQrParts(text, origin, forms).result;
}

export function parseFormQrParts(text: string, origin: string, forms: readonly QrForm[]): ParsedFormQr {
  if (text.length > qrMaxLength) return refuse('too-long');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return refuse('not-a-url');
  if (scheme !== 'https' && scheme !== 'http') return refuse('bad-scheme');
  // Printable ASCII only: no spaces, control or bidi characters, no Unicode host look-alikes; no backslashes.
  if (!/^[\x21-\x7e]+$/.test(text) || text.includes('\\')) return refuse('not-a-url');
  const parts = /^https?:\/\/([^/?#]*)(\/[^?#]*)(?:\?([^#]*))?$/i.exec(text);
  if (!parts) return refuse('not-a-url');
  const [, authority = '', path = '', query] = parts;

  const expected = parseOrigin(origin);
  if (!expected || scheme !== expected.scheme) return refuse('bad-scheme');
  if (!/^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(authority) || new URL(`${scheme}://${authority}/`).host !== expected.host) return refuse('other-origin');

  const formId = /^\/f\/([^/]+)$/.exec(path)?.[1];
  if (formId === undefined) return refuse('not-a-url');
  const form = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(formId) ? forms.find((f) => f.id === formId) : undefined;
  if (!form) return refuse('unknown-form');

  const params = parseQuery(query ?? '');
  if (!params) return refuse('bad-prefill');
  let signature: Uint8Array<ArrayBuffer> | undefined;
  if (params.sig !== undefined) {
    signature = base64UrlToBytes(params.sig);
    // ECDSA P-256 as WebCrypto writes it: r and s, 32 bytes each.
    if (signature?.length !== 64) return refuse('bad-signature');
  }
  const prefill = params.prefill === undefined ? {} : decodePrefill(params.prefill, form);
  if (!prefill) return refuse('bad-prefill');
  return {
    result: { ok: true, formId, prefill, signature: signature ? 'unverified' : 'none' },
    signedText: params.prefill === undefined ? `/f/${formId}` : `/f/${formId}?prefill=${params.prefill}`,
    signature,
  };
}

function parseOrigin(origin: string): { scheme: string; host: string } | undefined {
  let url: URL;
  try {
    // Not URL.parse: Safari before 18 lacks it.
    url = new URL(origin);
  } catch {
    return undefined;
  }
  const scheme = url.protocol.slice(0, -1);
  // Plain http only for development and tests on this machine.
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return scheme === 'https' || (scheme === 'http' && local) ? { scheme, host: url.host } : undefined;
}

/** `prefill` and `sig`, each at most once, in base64url (which never needs %-escapes). */
function parseQuery(query: string): { prefill?: string; sig?: string } | undefined {
  const out: { prefill?: string; sig?: string } = {};
  if (query === '') return out;
  for (const pair of query.split('&')) {
    const match = /^(prefill|sig)=([A-Za-z0-9_-]+)$/.exec(pair);
    if (!match) return undefined;
    const key = match[1] as 'prefill' | 'sig';
    if (out[key] !== undefined) return undefined;
    out[key] = match[2];
  }
  return out;
}

/** Control and invisible formatting characters (bidi overrides, zero-width) that could disguise a value. */
const hiddenCharacters = /[\p{Cc}\p{Cf}]/u;

function decodePrefill(encoded: string, form: QrForm): Record<string, string> | undefined {
  const bytes = base64UrlToBytes(encoded);
  if (!bytes) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const fields = new Map(form.sections.flatMap((s) => s.fields).filter((f) => f.prefillable && !isPersonalField(f)).map((f) => [f.id, f] as const));
  const prefill: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields.get(key);
    if (!field || typeof value !== 'string' || value.trim() === '') return undefined;
    if (Array.from(value).length > prefillValueMaxLength || hiddenCharacters.test(value)) return undefined;
    if (field.type === 'choice' && !(field.options ?? []).some((o) => o.value === value)) return undefined;
    prefill[key] = value;
  }
  return prefill;
}

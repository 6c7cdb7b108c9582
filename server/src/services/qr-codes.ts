import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACK_MANIFEST_FILE, PACK_OBJECTS_DIR, packObjectFileName } from '../../../contract/pack-layout.js';
import type { QrForm } from '../../../contract/qr/qr-payload.js';
import { QR_KEY_PACK_PATH } from '../../../contract/qr/qr-key-path.js';
import { signCheckedFormQr, type QrVerifyKey } from '../../../contract/qr/qr-signature.js';
import type { QrSigningKey } from '../lib/qr-signing-key.js';

export type QrSignResult =
  | { ok: true; url: string; kid: string }
  | { ok: false; code: 'no_pack' | 'unknown_form' | 'qr_key_missing' | 'qr_key_mismatch' | 'qr_refused'; message: string };

export interface QrCodeService {
  /** PUBLIC_ORIGIN, when the server sits behind a proxy: printed codes must name the public site. */
  publicOrigin: string | undefined;
  sign(input: { formId: string; prefill: Record<string, string>; origin: string }): Promise<QrSignResult>;
}

export interface QrCodeServiceOptions {
  packsDir: string;
  publicOrigin: string | undefined;
  /** The QR signing key of this machine (lib/qr-signing-key.ts); undefined when it has none. */
  loadKey: () => Promise<QrSigningKey | undefined>;
}

interface Manifest { files: Array<{ path: string; sha256: string }> }

/**
 * Signs the QR code of a paper notice for the staff console. The code is checked before
 * it is handed out exactly as a device will check it: against the form and the QR key of
 * the pack this server serves now. A code that a terminal would refuse (a personal field
 * prefilled, a key the pack does not carry, a plain-http site) is never printed.
 */
export function createQrCodeService({ packsDir, publicOrigin, loadKey }: QrCodeServiceOptions): QrCodeService {
  let key: Promise<QrSigningKey | undefined> | undefined;
  const signingKey = () => (key ??= loadKey().catch((error: unknown) => {
    key = undefined; // a key fixed on disk is picked up on the next try
    throw error;
  }));

  async function sign({ formId, prefill, origin }: { formId: string; prefill: Record<string, string>; origin: string }): Promise<QrSignResult> {
    const manifest = await readJson<Manifest>(join(packsDir, PACK_MANIFEST_FILE));
    if (!manifest || !Array.isArray(manifest.files)) return { ok: false, code: 'no_pack', message: 'No content pack is built yet' };
    const document = async <T>(path: string): Promise<T | undefined> => {
      const entry = manifest.files.find((f) => f.path === path);
      return entry && /^[0-9a-f]{64}$/.test(entry.sha256) ? readJson<T>(join(packsDir, PACK_OBJECTS_DIR, packObjectFileName(entry.sha256))) : undefined;
    };
    const form = asQrForm((await document<{ def?: unknown }>(`forms/${formId}.json`))?.def, formId);
    if (!form) return { ok: false, code: 'unknown_form', message: `No form ${formId} in the served content pack` };

    const signer = await signingKey();
    if (!signer) return { ok: false, code: 'qr_key_missing', message: 'This server has no QR signing key (MADOGUCHI_QR_SIGNING_KEY or MADOGUCHI_KEYS_DIR)' };
    const packKey = await document<QrVerifyKey>(QR_KEY_PACK_PATH);
    if (!packKey || packKey.x !== signer.publicJwk.x || packKey.y !== signer.publicJwk.y) {
      return { ok: false, code: 'qr_key_mismatch', message: 'The served content pack carries another QR key: devices would refuse this code. Rebuild the pack on this machine.' };
    }
    const signed = await signCheckedFormQr(origin, form, prefill, signer.privateKey, packKey);
    if (!signed.ok) return { ok: false, code: 'qr_refused', message: `A device would refuse this code: ${signed.reason}` };
    return { ok: true, url: signed.url, kid: signer.publicJwk.kid };
  }

  return { publicOrigin, sign };
}

/**
 * The pack's definition as far as QR codes read it. The build validated it in full; this
 * only makes sure a damaged file is an unknown form rather than a crash.
 */
function asQrForm(def: unknown, formId: string): QrForm | undefined {
  const form = def as Partial<QrForm> | undefined;
  const fieldsOk = (fields: unknown) => Array.isArray(fields) && fields.every((f: Partial<QrForm['sections'][number]['fields'][number]>) =>
    typeof f?.id === 'string' && typeof f.type === 'string' && typeof f.label === 'object' && f.label !== null);
  const ok = form?.id === formId && Array.isArray(form.sections) && form.sections.every((s) => fieldsOk(s?.fields));
  return ok ? (form as QrForm) : undefined;
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

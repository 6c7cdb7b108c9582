import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFormDef } from '../../../src/lib/forms/form-schema.js';
import { signCheckedFormQr, type QrVerifyKey } from '../../../src/lib/forms/qr-signature.js';
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
    const manifest = await readJson<Manifest>(join(packsDir, 'manifest.json'));
    if (!manifest || !Array.isArray(manifest.files)) return { ok: false, code: 'no_pack', message: 'No content pack is built yet' };
    const document = async <T>(path: string): Promise<T | undefined> => {
      const entry = manifest.files.find((f) => f.path === path);
      return entry && /^[0-9a-f]{64}$/.test(entry.sha256) ? readJson<T>(join(packsDir, 'objects', `${entry.sha256}.json`)) : undefined;
    };
    const form = await document<{ def?: unknown }>(`forms/${formId}.json`);
    const parsed = form ? parseFormDef(form.def, `${formId}.json`) : undefined;
    if (!parsed?.ok) return { ok: false, code: 'unknown_form', message: `No form ${formId} in the served content pack` };

    const signer = await signingKey();
    if (!signer) return { ok: false, code: 'qr_key_missing', message: 'This server has no QR signing key (MADOGUCHI_QR_SIGNING_KEY or MADOGUCHI_KEYS_DIR)' };
    const packKey = await document<QrVerifyKey>('keys/qr-signing.json');
    if (!packKey || packKey.x !== signer.publicJwk.x || packKey.y !== signer.publicJwk.y) {
      return { ok: false, code: 'qr_key_mismatch', message: 'The served content pack carries another QR key: devices would refuse this code. Rebuild the pack on this machine.' };
    }
    const signed = await signCheckedFormQr(origin, parsed.value, prefill, signer.privateKey, packKey);
    if (!signed.ok) return { ok: false, code: 'qr_refused', message: `A device would refuse this code: ${signed.reason}` };
    return { ok: true, url: signed.url, kid: signer.publicJwk.kid };
  }

  return { publicOrigin, sign };
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

import { createHash, createPublicKey, verify } from 'node:crypto';
import { PACK_MANIFEST_FILE, PACK_OBJECTS_DIR, PACK_SIGNATURE_FILE, packObjectFileName } from '../../../contract/pack-layout.js';
import type { JsonWebKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFormFile, type FormInfo } from './forms.js';

/** What reading the served pack gave: its forms, or why none could be trusted. */
export type PackFormsResult =
  | { ok: true; version: string; forms: FormInfo[] }
  | { ok: false; reason: 'no-pack' | 'bad-signature' | 'bad-manifest' | 'bad-object' };

interface ManifestEntry { path: string; sha256: string }

const formPath = /^forms\/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;
const shaPattern = /^[0-9a-f]{64}$/;

/**
 * The forms of the pack in `<packsDir>` (manifest.json, manifest.sig, objects/<sha256>.json),
 * trusted only as the app trusts it: the manifest signed with the city's pack key, each
 * form object matching its hash. A pack the app would refuse must not open the door for
 * submissions either, nor name the key a submission is filed under.
 */
export async function readPackForms(packsDir: string, publicKey: JsonWebKey): Promise<PackFormsResult> {
  let manifestBytes: Buffer;
  let signature: string;
  try {
    [manifestBytes, signature] = await Promise.all([
      readFile(join(packsDir, PACK_MANIFEST_FILE)),
      readFile(join(packsDir, PACK_SIGNATURE_FILE), 'utf8'),
    ]);
  } catch {
    return { ok: false, reason: 'no-pack' };
  }
  if (!verifyManifestSignature(manifestBytes, signature, publicKey)) {
    return { ok: false, reason: 'bad-signature' };
  }
  const manifest = parseManifest(manifestBytes.toString('utf8'));
  if (!manifest) return { ok: false, reason: 'bad-manifest' };
  const forms: FormInfo[] = [];
  for (const entry of manifest.files) {
    const match = formPath.exec(entry.path);
    if (!match?.[1] || match[1] === 'index') continue;
    const info = await readFormObject(packsDir, entry, match[1]);
    if (!info) return { ok: false, reason: 'bad-object' };
    forms.push(info);
  }
  return { ok: true, version: manifest.version, forms };
}

async function readFormObject(packsDir: string, entry: ManifestEntry, id: string): Promise<FormInfo | undefined> {
  try {
    const bytes = await readFile(join(packsDir, PACK_OBJECTS_DIR, packObjectFileName(entry.sha256)));
    if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) return undefined;
    const { def } = JSON.parse(bytes.toString('utf8')) as { def?: unknown };
    // The same reading as a form file in CONTENT_DIR: id, key, department, byte limit.
    const info = parseFormFile(`${id}.json`, JSON.stringify(def ?? null));
    // The id in the path is the one the app submits under; a definition that disagrees is a broken build.
    return info.id === id ? info : undefined;
  } catch {
    return undefined;
  }
}

function parseManifest(text: string): { version: string; files: ManifestEntry[] } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const m = value as { version?: unknown; files?: unknown } | null;
  if (!m || typeof m.version !== 'string' || !Array.isArray(m.files)) return undefined;
  const files: ManifestEntry[] = [];
  for (const file of m.files as unknown[]) {
    const f = file as { path?: unknown; sha256?: unknown } | null;
    if (!f || typeof f.path !== 'string' || typeof f.sha256 !== 'string' || !shaPattern.test(f.sha256)) return undefined;
    files.push({ path: f.path, sha256: f.sha256 });
  }
  return { version: m.version, files };
}

/** ECDSA P-256 / SHA-256 over the exact bytes, IEEE P1363 (r‖s) as WebCrypto signs; a malformed key or signature is "not verified". */
function verifyManifestSignature(bytes: Buffer, signatureBase64Url: string, publicKey: JsonWebKey): boolean {
  try {
    const key = createPublicKey({ key: publicKey, format: 'jwk' });
    return verify('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signatureBase64Url.trim(), 'base64url'));
  } catch {
    return false;
  }
}

import type { PackFileEntry, PackManifest } from '../../../src/lib/content/pack-types.ts';
import { sha256Hex } from './sign.ts';

export interface PackFile extends PackFileEntry {
  content: Uint8Array;
}

const encoder = new TextEncoder();

export async function packFile(path: string, text: string): Promise<PackFile> {
  const content = encoder.encode(text);
  return { path, sha256: await sha256Hex(content), bytes: content.byteLength, content };
}

/**
 * Default version: UTC time to the minute, then a short hash of every output, so two
 * builds in the same minute of different content still get different versions.
 */
export async function defaultVersion(files: readonly PackFileEntry[], now: Date): Promise<string> {
  const listing = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => `${f.path} ${f.sha256}\n`).join('');
  const hash = (await sha256Hex(encoder.encode(listing))).slice(0, 8);
  return `${versionStamp(now)}-${hash}`;
}

/** The signed fields of a manifest besides its files (see PackManifest). */
export type ManifestHead = Omit<PackManifest, 'files'>;

/** manifest.json bytes: files sorted by path; pretty-printed is not needed, canonical is. */
export function manifestBytes(head: ManifestHead, files: readonly PackFileEntry[]): Uint8Array {
  const manifest: PackManifest = {
    ...head,
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
  };
  return encoder.encode(JSON.stringify(manifest));
}

const dayMs = 24 * 60 * 60 * 1000;

/** The signed expiry: how long the city vouches for a pack signed at `signedAt`. */
export function expiryAfter(signedAt: Date, validityDays: number): string {
  return new Date(signedAt.getTime() + validityDays * dayMs).toISOString();
}

/** YYYY.MM.DD-HHMM in UTC: the leading part of every version the build names. */
export function versionStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getUTCFullYear()}.${p(now.getUTCMonth() + 1)}.${p(now.getUTCDate())}-${p(now.getUTCHours())}${p(now.getUTCMinutes())}`;
}

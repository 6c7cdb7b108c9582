/**
 * The content pack as the build writes it, the server serves it and the app fetches it:
 *
 *   <packs>/manifest.json   the version, its creation and expiry times and every file's sha256
 *   <packs>/manifest.sig    the signature over the manifest's exact bytes
 *   <packs>/manifests/<version>.json   every published manifest, for `--rollback-to`
 *   <packs>/objects/<sha256>.json   each file, content-addressed, immutable
 *
 * served under /packs/. Named once here so the six places that read or write it agree.
 */
export const PACK_MANIFEST_FILE = 'manifest.json';
export const PACK_SIGNATURE_FILE = 'manifest.sig';
export const PACK_OBJECTS_DIR = 'objects';
export const PACKS_URL_PATH = '/packs';

/** manifest.json, signed: manifest.sig holds the signature over its exact bytes. */
export interface PackManifest {
  version: string;
  /** When the content was built (ISO 8601). A device never installs a pack created before its active one. */
  createdAt: string;
  /**
   * Until when the city vouches for this pack (createdAt plus the configured validity).
   * A device refuses an expired pack and warns when its active pack has expired:
   * a server that stopped publishing does not go unnoticed. Absent only in old packs.
   */
  expiresAt?: string;
  /** Present only when older content is republished on purpose (src/lib/pack/freshness.ts). */
  rollback?: PackRollback;
  files: PackFileEntry[];
}
/** The signed marker that lets older content replace newer: the one way back. */
export interface PackRollback {
  /** The version whose content this pack brings back. */
  to: string;
  /** When the rollback was signed: the time the pack is ordered by. */
  issuedAt: string;
}
export interface PackFileEntry {
  /** Logical path, e.g. "guides/juminhyo-copy.ja.json". */
  path: string;
  sha256: string;
  bytes: number;
}

/** An object's file name inside objects/. */
export function packObjectFileName(sha256: string): string {
  return `${sha256}.json`;
}

/** Where a pack file is fetched from: content-addressed, so it can be cached forever. */
export function packObjectUrl(sha256: string): string {
  return `${PACKS_URL_PATH}/${PACK_OBJECTS_DIR}/${packObjectFileName(sha256)}`;
}

export const packManifestUrl = `${PACKS_URL_PATH}/${PACK_MANIFEST_FILE}`;
export const packSignatureUrl = `${PACKS_URL_PATH}/${PACK_SIGNATURE_FILE}`;

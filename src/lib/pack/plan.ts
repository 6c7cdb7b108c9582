import type { PackFileEntry, PackManifest } from '../content/pack-types';

export interface UpdatePlan {
  /** Files whose content changed or is new: fetched from the server. */
  fetch: PackFileEntry[];
  /** Files identical to the installed version: copied locally, never downloaded. */
  reuse: PackFileEntry[];
  bytesToFetch: number;
}

/** Delta update: only files whose sha256 differs from the installed pack are downloaded. */
export function planUpdate(installed: PackManifest | undefined, next: PackManifest): UpdatePlan {
  const have = new Set(installed?.files.map((f) => `${f.path}\u0000${f.sha256}`) ?? []);
  const fetch: PackFileEntry[] = [];
  const reuse: PackFileEntry[] = [];
  for (const file of next.files) {
    (have.has(`${file.path}\u0000${file.sha256}`) ? reuse : fetch).push(file);
  }
  return { fetch, reuse, bytesToFetch: fetch.reduce((sum, f) => sum + f.bytes, 0) };
}

const shaPattern = /^[0-9a-f]{64}$/;

/** The signed times order packs (src/lib/pack/freshness.ts): one that does not parse is no time at all. */
function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** A manifest from the network is untrusted input until its shape is checked (after its signature). */
export function parseManifest(text: string): PackManifest | undefined {
  let value: unknown;
  try { value = JSON.parse(text); } catch { return undefined; }
  const m = value as Partial<PackManifest> | null;
  if (!m || typeof m.version !== 'string' || !isTime(m.createdAt) || !Array.isArray(m.files)) return undefined;
  if (m.expiresAt !== undefined && !isTime(m.expiresAt)) return undefined;
  if (m.rollback !== undefined && (typeof m.rollback?.to !== 'string' || !isTime(m.rollback.issuedAt))) return undefined;
  const paths = new Set<string>();
  for (const f of m.files as unknown[]) {
    const file = f as Partial<PackFileEntry> | null;
    if (!file || typeof file.path !== 'string' || !file.path || file.path.includes('..')) return undefined;
    if (typeof file.sha256 !== 'string' || !shaPattern.test(file.sha256)) return undefined;
    if (typeof file.bytes !== 'number' || !Number.isInteger(file.bytes) || file.bytes < 0) return undefined;
    if (paths.has(file.path)) return undefined;
    paths.add(file.path);
  }
  return m as PackManifest;
}

import type { PackRefusalReason } from './freshness';

/**
 * A validly signed pack this device refused to install because it is older than the
 * active one or expired (src/lib/pack/freshness.ts). Nothing of it was downloaded
 * beyond the manifest; it is remembered (terminal state, it survives the wipe) only so
 * the heartbeat reports it: a terminal offered old packs points at a replaying or
 * stale server, and the fleet page must show which terminal saw what.
 */
export interface RefusedPack {
  version: string;
  reason: PackRefusalReason;
  /** The version that stayed in use; null when there was none. */
  kept: string | null;
  at: string;
}

const reasons: readonly PackRefusalReason[] = ['older', 'expired'];

/** A stored value is from an older app version until proven otherwise. */
export function parseRefusedPack(value: unknown): RefusedPack | undefined {
  const r = value as Partial<RefusedPack> | null | undefined;
  if (!r || typeof r.version !== 'string' || typeof r.at !== 'string' || !reasons.includes(r.reason as PackRefusalReason)) return undefined;
  if (r.kept !== null && typeof r.kept !== 'string') return undefined;
  return { version: r.version, reason: r.reason as PackRefusalReason, kept: r.kept, at: r.at };
}

/** One line in the heartbeat's lastError, as for rejections: `pack-refused <version> <reason> -> <kept|none>`. */
export function formatRefusal(r: RefusedPack): string {
  return `pack-refused ${r.version} ${r.reason} -> ${r.kept ?? 'none'}`;
}

export interface ReportedRefusal {
  version: string;
  reason: PackRefusalReason;
  kept: string | null;
  /** Whatever else the terminal reported after the refusal line. */
  rest: string;
}

const line = /^pack-refused (\S+) ([a-z-]+) -> (\S+)(?: \| ([\s\S]*))?$/;

export function parseReportedRefusal(text: string): ReportedRefusal | undefined {
  const m = line.exec(text);
  if (!m || !reasons.includes(m[2] as PackRefusalReason)) return undefined;
  return { version: m[1]!, reason: m[2] as PackRefusalReason, kept: m[3] === 'none' ? null : m[3]!, rest: m[4] ?? '' };
}

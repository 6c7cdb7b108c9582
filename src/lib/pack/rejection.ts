import type { PackProblem, PackProblemKind } from './usability';
import { formatRefusal, type RefusedPack } from './refusal';

/**
 * A pack version that was switched in, failed its usability check and was rolled
 * back. Remembered (it is terminal state, not citizen data: it survives the wipe) so
 * the same broken version is not downloaded again every half hour, and reported with
 * the heartbeat so the fleet page shows which terminal refused what.
 */
export interface RejectedPack {
  version: string;
  problem: PackProblem;
  /** The version the device went back to; null when there was none to go back to. */
  rolledBackTo: string | null;
  at: string;
}

export type UpdateDecision = 'up-to-date' | 'rejected-before' | 'fetch';

/** What to do with the version the server offers. Any other version than the rejected one is worth a try. */
export function decideUpdate(offered: string, active: string | undefined, rejected: RejectedPack | undefined): UpdateDecision {
  if (offered === active) return 'up-to-date';
  if (rejected?.version === offered) return 'rejected-before';
  return 'fetch';
}

const problemKinds: readonly PackProblemKind[] = [
  'kiosk-config-missing', 'kiosk-config-invalid', 'document-missing', 'document-malformed', 'search-index-unusable',
];

/** A stored value is from an older app version until proven otherwise. */
export function parseRejectedPack(value: unknown): RejectedPack | undefined {
  const r = value as Partial<RejectedPack> | null | undefined;
  if (!r || typeof r.version !== 'string' || typeof r.at !== 'string') return undefined;
  if (!r.problem || !problemKinds.includes(r.problem.kind) || typeof r.problem.path !== 'string') return undefined;
  if (r.rolledBackTo !== null && typeof r.rolledBackTo !== 'string') return undefined;
  return { version: r.version, problem: { kind: r.problem.kind, path: r.problem.path }, rolledBackTo: r.rolledBackTo, at: r.at };
}

/**
 * The heartbeat's lastError is free text (500 characters) that the fleet page shows.
 * A rejection travels as one line a person can read raw (API, logs) and the fleet page
 * can parse to show it translated: `pack-rejected <version> <problem> <path> -> <previous|none>`.
 */
export function formatRejection(r: RejectedPack): string {
  return `pack-rejected ${r.version} ${r.problem.kind} ${r.problem.path} -> ${r.rolledBackTo ?? 'none'}`;
}

export interface ReportedRejection {
  version: string;
  problem: PackProblemKind;
  path: string;
  rolledBackTo: string | null;
  /** Whatever else the terminal reported after the rejection line. */
  rest: string;
}

const line = /^pack-rejected (\S+) ([a-z-]+) (\S+) -> (\S+)(?: \| ([\s\S]*))?$/;

export function parseReportedRejection(text: string): ReportedRejection | undefined {
  const m = line.exec(text);
  if (!m || !problemKinds.includes(m[2] as PackProblemKind)) return undefined;
  return { version: m[1]!, problem: m[2] as PackProblemKind, path: m[3]!, rolledBackTo: m[4] === 'none' ? null : m[4]!, rest: m[5] ?? '' };
}

/**
 * The heartbeat's lastError: a standing rejection first (it lasts until a good pack
 * arrives), then a standing refusal of an older or expired pack, then the last runtime error.
 */
export function heartbeatError(rejected: RejectedPack | undefined, lastError: string | undefined, refused?: RefusedPack): string | undefined {
  const parts = [rejected && formatRejection(rejected), refused && formatRefusal(refused), lastError].filter((p): p is string => !!p);
  return parts.length ? parts.join(' | ').slice(0, 500) : undefined;
}

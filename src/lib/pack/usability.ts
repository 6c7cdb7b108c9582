import { packPaths, shardedSearchKinds } from '../content/pack-types';
import { parseKioskConfig } from '../kiosk/config';
import { searchIndexFormat } from '../search/options';

/**
 * Whether a freshly switched-in pack can actually run this device. The signature
 * and hashes only prove the city published these bytes; a correctly signed pack can
 * still be broken (a kiosk config that the build did not catch, an index that is
 * not a list). These checks are cheap: they look at a handful of documents' shapes,
 * never at every guide, and never decode the search index. (Guide search segments are
 * not checked here: a bad one only leaves its guide out of search results, reported.)
 */
export type PackProblemKind =
  | 'kiosk-config-missing'
  | 'kiosk-config-invalid'
  | 'document-missing'
  | 'document-malformed'
  | 'search-index-unusable';

export interface PackProblem {
  kind: PackProblemKind;
  /** The pack file at fault, for the operator. */
  path: string;
}

/** Documents every screen depends on: without them the app is not worth switching to. */
const requiredLists = [packPaths.guideIndex] as const;
/** Lists that, when the pack has them, must be lists (a screen maps over them). */
const optionalLists = [packPaths.faq, packPaths.facilities, packPaths.ordinanceIndex, packPaths.events, packPaths.formIndex] as const;

/** The documents checkPackUsable needs, among the pack's files. */
export function pathsToCheck(listed: readonly string[], terminalId: string | undefined): string[] {
  const inPack = new Set(listed);
  const wanted: string[] = [packPaths.meta, ...requiredLists];
  if (terminalId) wanted.push(packPaths.kiosk(terminalId));
  for (const path of [...optionalLists, ...shardedSearchKinds.map(packPaths.searchIndex)]) if (inPack.has(path)) wanted.push(path);
  return wanted;
}

function isSearchShard(value: unknown): boolean {
  const shard = value as { format?: unknown; ids?: unknown; terms?: unknown; fields?: unknown } | null;
  return !!shard && shard.format === searchIndexFormat && Array.isArray(shard.ids) && Array.isArray(shard.terms) && Array.isArray(shard.fields);
}

/**
 * The first problem found in `documents` (path → parsed JSON, as read back from the
 * database after the switch), or undefined when the pack is usable. `terminalId` is
 * set on a kiosk: its own configuration must be there and valid, or the terminal
 * would show an operator screen to citizens.
 */
export function checkPackUsable(documents: ReadonlyMap<string, unknown>, listed: readonly string[], terminalId: string | undefined): PackProblem | undefined {
  if (terminalId) {
    const path = packPaths.kiosk(terminalId);
    const config = documents.get(path);
    if (config === undefined) return { kind: 'kiosk-config-missing', path };
    if (!parseKioskConfig(config).ok || (config as { terminalId?: unknown }).terminalId !== terminalId) return { kind: 'kiosk-config-invalid', path };
  }
  const meta = documents.get(packPaths.meta) as { asOf?: unknown } | undefined;
  if (meta === undefined) return { kind: 'document-missing', path: packPaths.meta };
  if (typeof meta !== 'object' || meta === null || typeof meta.asOf !== 'string') return { kind: 'document-malformed', path: packPaths.meta };
  for (const path of requiredLists) {
    const value = documents.get(path);
    if (value === undefined) return { kind: 'document-missing', path };
    if (!Array.isArray(value)) return { kind: 'document-malformed', path };
  }
  const inPack = new Set(listed);
  for (const path of optionalLists) {
    if (inPack.has(path) && !Array.isArray(documents.get(path))) return { kind: 'document-malformed', path };
  }
  for (const kind of shardedSearchKinds) {
    const path = packPaths.searchIndex(kind);
    if (inPack.has(path) && !isSearchShard(documents.get(path))) return { kind: 'search-index-unusable', path };
  }
  return undefined;
}

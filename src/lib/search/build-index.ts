import MiniSearch from 'minisearch';
import { searchKinds, type SearchDoc, type SearchKind } from '../content/pack-types.js';
import { miniSearchOptions, searchIndexFormat } from './options.js';
import { encodeShard } from './shard-format.js';

/**
 * Builds the search shards of a pack at build time: one MiniSearch index per kind
 * (every kind, empty or not, so a pack always has the same files), serialised in
 * the compact format of shard-format.ts. The content build writes each to
 * `packPaths.searchIndex(kind)`.
 *
 * Runs in Node and in browsers alike (no node: imports; relative imports in this
 * folder carry `.js` so the content build can load it under NodeNext resolution
 * as well as through Vite). Throws on a duplicate id
 * or a document filed under an unknown kind: both are bugs of the content build.
 */
export function buildSearchIndexes(docs: readonly SearchDoc[]): Map<SearchKind, string> {
  const byKind = new Map<SearchKind, SearchDoc[]>(searchKinds.map((kind) => [kind, []]));
  for (const doc of docs) {
    const list = byKind.get(doc.kind);
    if (!list) throw new Error(`search document ${doc.id} has an unknown kind: ${String(doc.kind)}`);
    list.push(doc);
  }

  const shards = new Map<SearchKind, string>();
  for (const [kind, list] of byKind) {
    const index = new MiniSearch<SearchDoc>(miniSearchOptions);
    index.addAll(list);
    shards.set(kind, JSON.stringify(encodeShard(index, searchIndexFormat, miniSearchOptions)));
  }
  return shards;
}

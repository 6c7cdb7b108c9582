import MiniSearch from 'minisearch';
import { searchKinds, shardedSearchKinds, type SearchDoc, type SearchSegment, type ShardedSearchKind } from '../content/pack-types.js';
import { miniSearchOptions, searchIndexFormat } from './options.js';
import { encodeShard } from './shard-format.js';

/** What the content build writes: shard files, and segments to embed in the documents' own files. */
export interface SearchIndexes {
  /** One JSON shard per sharded kind, empty or not, so a pack always has the same files. */
  shards: Map<ShardedSearchKind, string>;
  /** Per search document id, for the kinds indexed per document (guides). */
  segments: Map<string, SearchSegment>;
}

const isSharded = (kind: string): kind is ShardedSearchKind => (shardedSearchKinds as readonly string[]).includes(kind);

/**
 * Builds the search index of a pack at build time, in the compact format of
 * shard-format.ts: one MiniSearch index per sharded kind (written to
 * `packPaths.searchIndex(kind)`), and one segment per guide (embedded in the guide's
 * file; see segments.ts), all with the same options the app loads them with.
 *
 * Runs in Node and in browsers alike (no node: imports; relative imports in this
 * folder carry `.js` so the content build can load it under NodeNext resolution
 * as well as through Vite). Throws on a duplicate id
 * or a document filed under an unknown kind: both are bugs of the content build.
 */
export function buildSearchIndexes(docs: readonly SearchDoc[]): SearchIndexes {
  const byKind = new Map<ShardedSearchKind, SearchDoc[]>(shardedSearchKinds.map((kind) => [kind, []]));
  const segments = new Map<string, SearchSegment>();
  for (const doc of docs) {
    if (!searchKinds.includes(doc.kind)) throw new Error(`search document ${doc.id} has an unknown kind: ${String(doc.kind)}`);
    if (isSharded(doc.kind)) {
      byKind.get(doc.kind)?.push(doc);
    } else {
      if (segments.has(doc.id)) throw new Error(`duplicate search document id ${doc.id}`);
      segments.set(doc.id, buildSearchSegment(doc));
    }
  }

  const shards = new Map<ShardedSearchKind, string>();
  for (const [kind, list] of byKind) shards.set(kind, JSON.stringify(encodeShard(indexOf(list), searchIndexFormat, miniSearchOptions)));
  return { shards, segments };
}

/** One document's segment: a shard of that document alone. */
export function buildSearchSegment(doc: SearchDoc): SearchSegment {
  return encodeShard(indexOf([doc]), searchIndexFormat, miniSearchOptions);
}

function indexOf(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(miniSearchOptions);
  index.addAll(docs);
  return index;
}

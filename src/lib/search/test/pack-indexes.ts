import type { SearchDoc, SearchKind } from '../../content/pack-types.js';
import { buildSearchIndexes } from '../build-index.js';
import type { SearchShard } from '../types.js';

/**
 * Every kind's index as the app reads it from a pack: the shard files, and for guides
 * the segments of the guide files (each under the path of the file that carries it).
 */
export function packIndexes(docs: readonly SearchDoc[]): Map<SearchKind, SearchShard> {
  const { shards, segments } = buildSearchIndexes(docs);
  const guides = [...segments].map(([id, segment]) => {
    const [, docId, lang] = id.split(':');
    return { source: `guides/${docId}.${lang}.json`, segment };
  });
  return new Map<SearchKind, SearchShard>([['guides', { segments: guides }], ...shards]);
}

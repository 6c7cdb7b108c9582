import type { SearchKind } from '../content/pack-types.js';
import { SearchEngine } from './search-engine.js';
import type { SearchOptions, SearchShard } from './types.js';

/**
 * What the search worker exposes through comlink. The worker never reads storage:
 * the page reads each shard (or the guide files' segments) of the active pack (src/db
 * owns IndexedDB) and hands it over with `load`. Every method is synchronous here; comlink makes them promises.
 */
export function createSearchWorkerApi() {
  const engine = new SearchEngine();
  return {
    /**
     * Loads or replaces one kind's index: a shard, or the guides' segments, assembled here
     * off the page's thread. A bad shard is an error value, not a throw; a bad segment is
     * listed in the answer's `skipped`.
     */
    load: (kind: SearchKind, shard: SearchShard) => engine.load(kind, shard),
    unload: (kind: SearchKind) => engine.unload(kind),
    search: (query: string, options?: SearchOptions) => engine.search(query, options),
    /** The kinds loaded so far (the worker answers, so it is up). */
    ready: () => engine.loadedKinds(),
  };
}

export type SearchWorkerApi = ReturnType<typeof createSearchWorkerApi>;

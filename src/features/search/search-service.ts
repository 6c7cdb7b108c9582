import { createSearchClient, type SearchClient } from '../../lib/search/search-client';
import type { SearchShard } from '../../lib/search/types';
import { packPaths } from '../../lib/content/pack-types';
import { readContent } from '../content/content-store';
import { activePackVersion } from '../content/pack-status';

let client: SearchClient | undefined;
let clientVersion: string | undefined;

/**
 * The page's one search client. Shards come from the active pack (read through
 * src/db); when a new pack is switched in, the worker is restarted so it never
 * searches an old index.
 */
export function searchClient(): SearchClient {
  if (client && clientVersion !== activePackVersion.value) {
    client.stop();
    client = undefined;
  }
  clientVersion = activePackVersion.value;
  client ??= createSearchClient({
    loadShard: (kind) => readContent<SearchShard>(packPaths.searchIndex(kind)),
  });
  return client;
}

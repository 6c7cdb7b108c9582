import { createSearchClient, type SearchClient } from '../../lib/search/search-client';
import type { SearchShard } from '../../lib/search/types';
import { packPaths, type SearchKind } from '../../lib/content/pack-types';
import { readContent } from '../../runtime/content/content-store';
import { activePackVersion } from '../../runtime/content/pack-status';
import { readGuidesIndex } from './guide-segments';

let client: SearchClient | undefined;
let clientVersion: string | undefined;

/** Guides are indexed per guide file; every other kind has one shard file. */
function readIndex(kind: SearchKind): Promise<SearchShard | undefined> {
  return kind === 'guides' ? readGuidesIndex() : readContent<SearchShard>(packPaths.searchIndex(kind));
}

/**
 * The page's one search client. Indexes come from the active pack (read through
 * src/db); when a new pack is switched in, the worker is restarted so it never
 * searches an old index.
 */
export function searchClient(): SearchClient {
  if (client && clientVersion !== activePackVersion.value) {
    client.stop();
    client = undefined;
  }
  clientVersion = activePackVersion.value;
  client ??= createSearchClient({ loadShard: readIndex });
  return client;
}

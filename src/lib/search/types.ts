import type { ContentLanguage, SearchKind } from '../content/pack-types.js';
import type { CompactShard } from './shard-format.js';

/** One result, ready to show: the stored fields of the document plus what matched. */
export interface SearchHit {
  /** `${kind}:${docId}:${lang}` */
  id: string;
  kind: SearchKind;
  docId: string;
  lang: ContentLanguage;
  category: string;
  title: string;
  snippet: string;
  score: number;
  /** The index terms that matched (bigrams, words): pass them to `highlight`. */
  terms: string[];
}

export interface SearchOptions {
  /** Only these kinds (default: every loaded kind). */
  kinds?: readonly SearchKind[];
  /** Only these categories (guide and FAQ categories, facility kinds). */
  categories?: readonly string[];
  /** The citizen's language: its documents come first, then Japanese, then the rest. */
  lang?: ContentLanguage;
  /** At most this many hits (default 50). */
  limit?: number;
}

/** A serialised shard as the pack stores it: the JSON text, or the already-parsed object. */
export type SearchShard = string | CompactShard;

/** Why a shard could not be loaded; the other shards stay searchable. */
export type ShardError =
  /** Not a search index (corrupt or truncated). */
  | { kind: 'invalid-shard'; detail: string }
  /** Built by another version of the tokeniser: the pack must be rebuilt or updated. */
  | { kind: 'incompatible-shard'; format: unknown };

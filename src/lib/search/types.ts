import type { ContentLanguage, SearchKind, Seg } from '../content/pack-types.js';
import type { SegmentEntry, SkippedSegment } from './segments.js';
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
  /** The title with its furigana, when the build annotated it. */
  titleRuby?: Seg[];
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

/** A kind indexed per document (guides): the segments read from its files, assembled on load. */
export interface SegmentedShard {
  segments: SegmentEntry[];
}

/**
 * A kind's index as the pack stores it: a shard's JSON text or already-parsed object,
 * or the segments of its files.
 */
export type SearchShard = string | CompactShard | SegmentedShard;

/** A loaded index: how many documents it holds, and which segments were left out. */
export interface LoadedShard {
  documents: number;
  skipped: SkippedSegment[];
}

/** Why a shard could not be loaded; the other shards stay searchable. */
export type ShardError =
  /** Not a search index (corrupt or truncated). */
  | { kind: 'invalid-shard'; detail: string }
  /** Built by another version of the tokeniser: the pack must be rebuilt or updated. */
  | { kind: 'incompatible-shard'; format: unknown };

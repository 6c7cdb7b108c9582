import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { searchKinds, type ContentLanguage, type SearchDoc, type SearchKind, type Seg } from '../content/pack-types.js';
import { err, ok, type Result } from '../result.js';
import { highlight, type HighlightPart } from './highlight.js';
import { miniSearchOptions, searchIndexFormat } from './options.js';
import { exactTerms, queryStages } from './query.js';
import { assembleSegments, type SkippedSegment } from './segments.js';
import { decodeShard, type CompactShard } from './shard-format.js';
import type { LoadedShard, SearchHit, SearchOptions, SearchShard, SegmentedShard, ShardError } from './types.js';

const defaultLimit = 50;

const isSegmented = (shard: SearchShard): shard is SegmentedShard =>
  typeof shard === 'object' && shard !== null && Array.isArray((shard as Partial<SegmentedShard>).segments);

/**
 * Searches the indexes of the active pack, one MiniSearch index per kind (a shard
 * file, or for guides the segments of their files assembled into one), and
 * merges them into one ranked list. Pure (no DOM, no storage): it runs in the
 * search worker, in unit tests and in the benchmark.
 *
 * Ranking: the citizen's language first, then Japanese (ja, ja-easy), then other
 * languages; by score within each group; one hit per document (the first, i.e. the
 * version in the best language). Scores of different shards are BM25 scores over
 * different collections: comparable enough to merge, not exactly equal.
 */
export class SearchEngine {
  private readonly indexes = new Map<SearchKind, MiniSearch<SearchDoc>>();

  /** Loads (or replaces) the index of one kind. A bad shard leaves the others usable. */
  load(kind: SearchKind, shard: SearchShard): Result<LoadedShard, ShardError> {
    if (isSegmented(shard)) return this.keep(kind, () => assembleSegments(shard.segments));
    let data: CompactShard;
    try {
      data = (typeof shard === 'string' ? JSON.parse(shard) : shard) as CompactShard;
    } catch (e) {
      return err({ kind: 'invalid-shard', detail: e instanceof Error ? e.message : String(e) });
    }
    if (typeof data !== 'object' || data === null) return err({ kind: 'invalid-shard', detail: 'not an object' });
    if (data.format !== searchIndexFormat) return err({ kind: 'incompatible-shard', format: data.format });
    return this.keep(kind, () => ({ index: decodeShard(data, miniSearchOptions), skipped: [] }));
  }

  /** Builds a kind's index and keeps it; a build that throws leaves the kind as it was. */
  private keep(kind: SearchKind, build: () => { index: MiniSearch<SearchDoc>; skipped: SkippedSegment[] }): Result<LoadedShard, ShardError> {
    try {
      const { index, skipped } = build();
      this.indexes.set(kind, index);
      return ok({ documents: index.documentCount, skipped });
    } catch (e) {
      return err({ kind: 'invalid-shard', detail: e instanceof Error ? e.message : String(e) });
    }
  }

  unload(kind: SearchKind): void {
    this.indexes.delete(kind);
  }

  loadedKinds(): SearchKind[] {
    return searchKinds.filter((kind) => this.indexes.has(kind));
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const indexes = (options.kinds ?? searchKinds).flatMap((kind) => this.indexes.get(kind) ?? []);
    const categories = options.categories && new Set(options.categories);
    for (const stage of queryStages(query)) {
      const filter = (result: SearchResult) =>
        result.queryTerms.length >= stage.minTerms && (!categories || categories.has(result.category as string));
      const results = indexes.flatMap((index) => index.search(stage.query, { filter }));
      if (results.length > 0) return rank(results, options, exactTerms(query));
    }
    return [];
  }

  /** See {@link highlight}: the same pure function, for callers holding an engine. */
  highlight(text: string, terms: readonly string[]): HighlightPart[] {
    return highlight(text, terms);
  }
}

const japanese: ReadonlySet<ContentLanguage> = new Set(['ja', 'ja-easy']);

function languageGroup(lang: ContentLanguage, citizen: ContentLanguage | undefined): number {
  if (citizen === undefined || lang === citizen) return 0;
  return japanese.has(lang) ? 1 : 2;
}

/** The citizen's language first; within it, documents holding every word as typed (see exactTerms). */
function rank(results: SearchResult[], options: SearchOptions, exact: readonly string[]): SearchHit[] {
  const group = (r: SearchResult) => languageGroup(r.lang as ContentLanguage, options.lang);
  const inexact = (r: SearchResult) => (exact.length > 0 && !exact.every((term) => r.terms.includes(term)) ? 1 : 0);
  results.sort((a, b) => group(a) - group(b) || inexact(a) - inexact(b) || b.score - a.score);

  const limit = options.limit ?? defaultLimit;
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const r of results) {
    const document = `${r.kind as string}:${r.docId as string}`;
    if (seen.has(document)) continue;
    seen.add(document);
    hits.push({
      id: r.id as string,
      kind: r.kind as SearchKind,
      docId: r.docId as string,
      lang: r.lang as ContentLanguage,
      category: r.category as string,
      title: r.title as string,
      ...titleRubyOf(r.titleRuby, r.title as string),
      snippet: r.snippet as string,
      score: r.score,
      terms: r.terms,
    });
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * The stored furigana of a title, if it is well formed and spells the same title: a shard
 * is signed content, but a mismatch must cost the ruby, never show a different title.
 */
function titleRubyOf(stored: unknown, title: string): { titleRuby?: Seg[] } {
  if (typeof stored !== 'string') return {};
  try {
    const segs = JSON.parse(stored) as unknown;
    if (!Array.isArray(segs) || !segs.every((s) => Array.isArray(s) && (s.length === 1 || s.length === 2) && s.every((p) => typeof p === 'string'))) return {};
    const typed = segs as Seg[];
    return typed.map((s) => s[0]).join('') === title ? { titleRuby: typed } : {};
  } catch {
    return {};
  }
}

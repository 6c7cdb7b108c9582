import { packPaths, shardedSearchKinds, type SearchDoc, type SearchSegment } from '../../../src/lib/content/pack-types.ts';
import { packFile, type PackFile } from '../pack/assemble.ts';
import { formatBytes, type Progress } from '../progress.ts';
import type { PackDocument } from '../sources/types.ts';
import { loadSearchIndexBuilder, type BuildSearchIndexes } from './index-builder.ts';

export interface SearchOutput {
  /** False when the build runs without a search index: documents then carry no segment. */
  indexed: boolean;
  /** search/<kind>.json for the sharded kinds. */
  files: PackFile[];
  /** Per search document id: the segment its own pack file embeds (embedSegments). */
  segments: ReadonlyMap<string, SearchSegment>;
}

/** Indexes the search docs: shard files, plus the segments the documents will carry. */
export async function buildSearch(docs: SearchDoc[], indexer: BuildSearchIndexes | null | undefined, progress: Progress): Promise<SearchOutput> {
  const build = indexer === undefined ? await loadSearchIndexBuilder() : indexer;
  if (!build) {
    const why = indexer === null ? 'disabled' : 'src/lib/search/build-index.ts not found';
    progress.stage(`search index skipped (${why}); ${docs.length} search docs collected`);
    return { indexed: false, files: [], segments: new Map() };
  }
  const { shards, segments } = await build(docs);
  for (const kind of shards.keys()) {
    if (!shardedSearchKinds.includes(kind)) throw new Error(`buildSearchIndexes returned a shard of an unknown kind "${String(kind)}"`);
  }
  const ordered = [...shards].sort(([a], [b]) => shardedSearchKinds.indexOf(a) - shardedSearchKinds.indexOf(b));
  const files = await Promise.all(ordered.map(([kind, text]) => packFile(packPaths.searchIndex(kind), text)));
  const segmentBytes = [...segments.values()].reduce((n, s) => n + JSON.stringify(s).length, 0);
  progress.stage(`indexed ${docs.length} search docs into ${files.length} shards (${formatBytes(files.reduce((n, f) => n + f.bytes, 0))}) `
    + `and ${segments.size} segments in their documents (${formatBytes(segmentBytes)})`);
  return { indexed: true, files, segments };
}

/**
 * Puts each document's segment in the document itself (its `search` property), so an edit
 * changes one pack object. Every segment must find its document and, when there is an
 * index, every document that asks for one must get it: a mismatch is a bug of the build.
 */
export function embedSegments(documents: readonly PackDocument[], search: SearchOutput): PackDocument[] {
  const unclaimed = new Set(search.segments.keys());
  const out = documents.map((document) => {
    if (!document.searchId || !search.indexed) return document;
    const segment = search.segments.get(document.searchId);
    if (!segment) throw new Error(`no search segment for ${document.searchId} (${document.path})`);
    unclaimed.delete(document.searchId);
    return { path: document.path, value: { ...(document.value as object), search: segment } };
  });
  if (unclaimed.size > 0) throw new Error(`search segments without a document: ${[...unclaimed].join(', ')}`);
  return out;
}

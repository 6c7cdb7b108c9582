import { packPaths } from '../../lib/content/pack-types';
import type { SegmentEntry } from '../../lib/search/segments';
import type { SearchShard, SegmentedShard } from '../../lib/search/types';
import { readContent, readContentFolder } from '../../runtime/content/content-store';

/**
 * The guides' search index as the active pack stores it: one segment in each guide
 * file (GuideFile.search). Read in one query when search first needs guides; only the
 * segments travel to the worker, which assembles them (src/lib/search/segments.ts).
 * A guide file without a segment is handed over too, so it is reported, not forgotten.
 */
export async function readGuideSegments(): Promise<SegmentedShard | undefined> {
  const files = await readContentFolder(packPaths.guidesFolder);
  if (!files) return undefined;
  const segments: SegmentEntry[] = files
    .filter((file) => file.path !== packPaths.guideIndex)
    .map((file) => ({ source: file.path, segment: segmentOf(file.data) }));
  return { segments };
}

function segmentOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { search?: unknown }).search : undefined;
}

/**
 * The guides index of the active pack. A pack built before guides carried their own
 * segments has one guides shard instead (and guide files without segments): an updated
 * app searches that until the next pack arrives, rather than finding no guides at all.
 */
export async function readGuidesIndex(): Promise<SearchShard | undefined> {
  return (await readContent<SearchShard>(legacyGuidesShard)) ?? readGuideSegments();
}
const legacyGuidesShard = 'search/guides.json';

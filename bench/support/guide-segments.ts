import type { SearchDoc } from '../../src/lib/content/pack-types.ts';
import type { SegmentEntry } from '../../src/lib/search/segments.ts';
import type { SearchIndexes } from '../../src/lib/search/build-index.ts';
import { buildSearchSegment } from '../../src/lib/search/build-index.ts';
import { generateDocs } from './search-corpus.ts';

/** The segments as the worker receives them: one per guide file, already parsed. */
export function segmentEntries(segments: SearchIndexes['segments']): SegmentEntry[] {
  return [...segments].map(([id, segment]) => {
    const [, docId, lang] = id.split(':');
    return { source: `guides/${docId}.${lang}.json`, segment };
  });
}

/** `count` synthetic guides (the corpus's documents, all filed as guides) and their segments. */
export function syntheticGuideSegments(count: number): SegmentEntry[] {
  const guides = generateDocs(count, 7).map((doc): SearchDoc => ({ ...doc, kind: 'guides', id: `guides:${doc.docId}:${doc.lang}` }));
  return guides.map((doc) => ({ source: `guides/${doc.docId}.${doc.lang}.json`, segment: buildSearchSegment(doc) }));
}

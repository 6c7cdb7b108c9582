import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import type { SearchDoc } from '../content/pack-types.js';
import { buildSearchSegment } from './build-index.js';
import { miniSearchOptions, searchIndexFormat } from './options.js';
import { assembleSegments, indexFromSegments } from './segments.js';
import { encodeShard, type CompactShard } from './shard-format.js';
import { sampleDocs } from './test/sample-docs.js';

/** The sample pack, plus documents with a repeated term and without a reading. */
const docs: SearchDoc[] = [
  ...sampleDocs,
  { id: 'faq:a:ja', kind: 'faq', docId: 'a', lang: 'ja', category: 'waste', title: 'ごみごみごみ', snippet: '', body: 'ごみ' },
  { id: 'faq:b:ja', kind: 'faq', docId: 'b', lang: 'ja', category: 'waste', title: 'ごみ', snippet: '', body: '', reading: 'ごみ' },
];
const byId = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));

function addAll(list: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(miniSearchOptions);
  index.addAll(list);
  return index;
}

/** Serialised, terms sorted: the radix tree's term order depends on insertion history. */
function plain(value: unknown) {
  const js = JSON.parse(JSON.stringify(value)) as { index?: Array<[string]>; terms?: Array<[string]> };
  for (const list of [js.index, js.terms]) list?.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return js;
}

const segmentsOf = (list: SearchDoc[]) => list.map(buildSearchSegment);

const encoded = (index: MiniSearch<SearchDoc>) => plain(encodeShard(index, searchIndexFormat, miniSearchOptions));

describe('an index assembled from per-document segments', () => {
  test('is the index MiniSearch builds with addAll over the same documents in id order', () => {
    const assembled = indexFromSegments(segmentsOf([...docs].reverse()));
    expect(encoded(assembled)).toEqual(encoded(addAll(byId)));
    expect(plain(indexFromSegments(segmentsOf(docs)))).toEqual(plain(addAll(byId)));
  });

  test('ranks exactly like the index built at once: same ids, same scores', () => {
    const assembled = indexFromSegments(segmentsOf(docs));
    const reference = addAll(byId);
    // Matched terms come in radix-tree order, which depends on insertion history: compare them as sets.
    const results = (index: MiniSearch<SearchDoc>, query: string) =>
      index.search(query).map((r) => ({ ...r, terms: [...r.terms].sort(), queryTerms: [...r.queryTerms].sort() }));
    for (const query of ['住民票', 'ひなんじょ', 'evacuaton', '税', 'コンビニ 住民票', 'ごみ', 'shelt']) {
      expect(results(assembled, query)).toEqual(results(reference, query));
      expect(results(assembled, query).length).toBeGreaterThan(0);
    }
  });

  test('does not depend on the order the segments were read in', () => {
    const segments = segmentsOf(docs);
    expect(encoded(indexFromSegments([...segments].reverse()))).toEqual(encoded(indexFromSegments(segments)));
  });

  test('decodes a term only when a search first needs it', () => {
    const assembled = indexFromSegments(segmentsOf(docs));
    const decoded = () => [...(assembled as unknown as { _index: Map<string, unknown> })._index.entries()]
      .filter(([, data]) => (data as { pending?: boolean }).pending === false).length;
    expect(decoded()).toBe(0);
    assembled.search('住民票');
    expect(decoded()).toBeGreaterThan(0);
  });

  test('of no segments is an empty index', () => {
    expect(indexFromSegments([]).documentCount).toBe(0);
  });
});

describe('assembling the guides index from their files', () => {
  const guides = sampleDocs.filter((d) => d.kind === 'guides');
  const entries = guides.map((doc) => ({ source: `${doc.id}.json`, segment: buildSearchSegment(doc) as unknown }));
  const good = entries[0]?.segment as CompactShard;

  test('leaves out a missing or bad segment, reports it, and keeps the others searchable', () => {
    const broken = [
      { source: 'missing.json', segment: undefined },
      { source: 'not-an-object.json', segment: 'oops' },
      { source: 'old-format.json', segment: { ...good, format: searchIndexFormat + 1 } },
      { source: 'other-fields.json', segment: { ...good, ids: ['x'], fields: ['title', 'body', 'reading'] } },
      { source: 'two-docs.json', segment: { ...good, ids: ['x', 'y'] } },
      { source: 'bad-postings.json', segment: { ...good, ids: ['x'], terms: [['住民', 0, '2 1']] } },
      { source: 'bad-frequency.json', segment: { ...good, ids: ['x'], terms: [['住民', 0, '1*']] } },
      { source: 'zz-duplicate.json', segment: good },
    ];
    const { index, skipped } = assembleSegments([...broken, ...entries]);
    expect(index.documentCount).toBe(guides.length);
    expect(Object.fromEntries(skipped.map((s) => [s.source, s.problem.kind]))).toEqual({
      'missing.json': 'missing-segment',
      'not-an-object.json': 'invalid-shard',
      'old-format.json': 'incompatible-shard',
      'other-fields.json': 'invalid-shard',
      'two-docs.json': 'invalid-shard',
      'bad-postings.json': 'invalid-shard',
      'bad-frequency.json': 'invalid-shard',
      'zz-duplicate.json': 'duplicate-segment',
    });
    expect(index.search('住民票')[0]?.id).toBe('guides:juminhyo-copy:ja');
  });

  test('gives the same index and the same report whatever the read order', () => {
    const withProblem = [...entries, { source: 'missing.json', segment: undefined }];
    const forward = assembleSegments(withProblem);
    const backward = assembleSegments([...withProblem].reverse());
    expect(backward.skipped).toEqual(forward.skipped);
    expect(encoded(backward.index)).toEqual(encoded(forward.index));
  });
});

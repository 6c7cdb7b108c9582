import { describe, expect, test } from 'vitest';
import { shardedSearchKinds, type SearchDoc } from '../content/pack-types.js';
import { buildSearchIndexes } from './build-index.js';
import { searchIndexFormat } from './options.js';
import { sampleDocs } from './test/sample-docs.js';

describe('buildSearchIndexes', () => {
  test('writes one shard per sharded kind, empty kinds included, and one segment per guide', () => {
    const { shards, segments } = buildSearchIndexes(sampleDocs);
    expect([...shards.keys()]).toEqual([...shardedSearchKinds]);
    const counts = [...shards.values()].map((json) => (JSON.parse(json) as { ids: string[] }).ids.length);
    expect(counts).toEqual([0, 1, 0, 1]);
    expect([...segments.keys()]).toEqual(['guides:juminhyo-copy:ja', 'guides:evacuation-sites:ja', 'guides:evacuation-sites:en']);
    expect([...segments.values()].map((s) => s.ids)).toEqual([...segments.keys()].map((id) => [id]));
  });

  test('marks each shard and segment with the tokeniser format', () => {
    const { shards, segments } = buildSearchIndexes(sampleDocs);
    expect((JSON.parse(shards.get('faq') ?? '') as { format: number }).format).toBe(searchIndexFormat);
    expect(segments.get('guides:juminhyo-copy:ja')?.format).toBe(searchIndexFormat);
  });

  test('stores what results show, not the body', () => {
    const json = buildSearchIndexes(sampleDocs).shards.get('faq') ?? '';
    expect(json).toContain('コンビニで証明書を取れますか');
    expect(json).not.toContain('印鑑登録証明書を全国の');
  });

  test('is deterministic', () => {
    expect(buildSearchIndexes(sampleDocs)).toEqual(buildSearchIndexes(sampleDocs));
  });

  test('refuses a duplicate id and an unknown kind', () => {
    const first = sampleDocs[0] as SearchDoc;
    expect(() => buildSearchIndexes([first, first])).toThrow(/duplicate/i);
    const faq = sampleDocs.find((d) => d.kind === 'faq') as SearchDoc;
    expect(() => buildSearchIndexes([faq, faq])).toThrow(/duplicate/i);
    expect(() => buildSearchIndexes([{ ...first, kind: 'events' as never }])).toThrow(/unknown kind/);
  });
});

import { describe, expect, test } from 'vitest';
import { searchKinds, type SearchDoc } from '../content/pack-types.js';
import { buildSearchIndexes } from './build-index.js';
import { searchIndexFormat } from './options.js';
import { sampleDocs } from './test/sample-docs.js';

describe('buildSearchIndexes', () => {
  test('writes one shard per kind, empty kinds included', () => {
    const shards = buildSearchIndexes(sampleDocs);
    expect([...shards.keys()]).toEqual([...searchKinds]);
    const counts = [...shards.values()].map((json) => (JSON.parse(json) as { ids: string[] }).ids.length);
    expect(counts).toEqual([3, 1, 0, 1]);
  });

  test('marks each shard with the tokeniser format', () => {
    const faq = JSON.parse(buildSearchIndexes(sampleDocs).get('faq') ?? '') as { format: number };
    expect(faq.format).toBe(searchIndexFormat);
  });

  test('stores what results show, not the body', () => {
    const json = buildSearchIndexes(sampleDocs).get('faq') ?? '';
    expect(json).toContain('コンビニで証明書を取れますか');
    expect(json).not.toContain('印鑑登録証明書を全国の');
  });

  test('is deterministic', () => {
    expect(buildSearchIndexes(sampleDocs)).toEqual(buildSearchIndexes(sampleDocs));
  });

  test('refuses a duplicate id and an unknown kind', () => {
    const first = sampleDocs[0] as SearchDoc;
    expect(() => buildSearchIndexes([first, first])).toThrow(/duplicate/i);
    expect(() => buildSearchIndexes([{ ...first, kind: 'events' as never }])).toThrow(/unknown kind/);
  });
});

import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import type { SearchDoc } from '../content/pack-types.js';
import { fuzziness, miniSearchOptions, usesPrefix } from './options.js';
import { queryStages } from './query.js';

const doc = (id: string, title: string, body = '', reading?: string): SearchDoc => ({
  id, kind: 'guides', docId: id, lang: 'ja', category: 'registry', title, snippet: '', body, reading,
});

function searchFirstStage(docs: SearchDoc[], query: string): string[] {
  const index = new MiniSearch<SearchDoc>(miniSearchOptions);
  index.addAll(docs);
  for (const stage of queryStages(query)) {
    const ids = index.search(stage.query, { filter: (r) => r.queryTerms.length >= stage.minTerms }).map((r) => r.id as string);
    if (ids.length > 0) return ids;
  }
  return [];
}

describe('per-term search options', () => {
  test('prefix search for alphabetic words and a lone CJK character, never a bigram', () => {
    expect(usesPrefix('evac')).toBe(true);
    expect(usesPrefix('19')).toBe(true);
    expect(usesPrefix('税')).toBe(true);
    expect(usesPrefix('避難')).toBe(false);
  });

  test('fuzzy search only for alphabetic words of four letters or more', () => {
    expect(fuzziness('evacuaton')).toBe(0.2);
    expect(fuzziness('cert')).toBe(0.2);
    expect(fuzziness('tax')).toBe(false);
    expect(fuzziness('2024')).toBe(false);
    expect(fuzziness('covid19')).toBe(false);
    expect(fuzziness('避難')).toBe(false);
    expect(fuzziness('ひなんじょ')).toBe(false);
  });
});

describe('query stages', () => {
  test('an empty query has no stages', () => {
    expect(queryStages('')).toEqual([]);
    expect(queryStages(' 、。 ')).toEqual([]);
  });

  test('a pasted paragraph is cut to the first 100 characters', () => {
    const [first] = queryStages('避難所'.repeat(100));
    expect(first?.query).toEqual({ combineWith: 'AND', queries: ['避難所'.repeat(100).slice(0, 100)] });
  });

  test('one word of one term is searched once', () => {
    expect(queryStages('ごみ')).toHaveLength(1);
    expect(queryStages('tax')).toHaveLength(1);
  });

  test('one Japanese word: all bigrams, then at least half of them', () => {
    const stages = queryStages('住民票の写しがほしい');
    expect(stages.map((s) => s.minTerms)).toEqual([0, 5]);
  });

  test('two words: both, then either whole word, then most terms', () => {
    expect(queryStages('避難所 ペット')).toHaveLength(3);
    expect(queryStages('tax office')).toHaveLength(2);
  });
});

describe('AND within a word, still found with two words', () => {
  const docs = [
    doc('hinanjo', '避難所', '地震のときは避難所へ。ペットと一緒に避難できます。'),
    doc('kunren', '避難訓練', '毎年、避難訓練をします。'),
    doc('juminhyo', '住民票の写し', '住民票の写しは支所でも取れます。'),
  ];

  test('every bigram of a word must match: 避難所 does not find 避難訓練', () => {
    expect(searchFirstStage(docs, '避難所')).toEqual(['hinanjo']);
  });

  test('two words found together in one document', () => {
    expect(searchFirstStage(docs, '避難所 ペット')).toEqual(['hinanjo']);
  });

  test('two words found in different documents still give results', () => {
    expect(searchFirstStage(docs, '住民票 ペット').sort()).toEqual(['hinanjo', 'juminhyo']);
  });

  test('a typed space inside a word does not invent a bigram across it', () => {
    expect(searchFirstStage(docs, '住民 票')).toEqual(['juminhyo']);
  });

  test('a sentence without spaces finds the document sharing most of its bigrams', () => {
    expect(searchFirstStage(docs, '住民票の写しがほしい')[0]).toBe('juminhyo');
  });

  test('a loose stage does not return documents sharing only a stray bigram', () => {
    expect(searchFirstStage(docs, '住民票の写しがほしい')).not.toContain('kunren');
  });
});

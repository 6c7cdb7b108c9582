import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import type { SearchDoc } from '../content/pack-types.js';
import { miniSearchOptions } from './options.js';
import { decodeShard, encodeShard } from './shard-format.js';
import { sampleDocs } from './test/sample-docs.js';

/** An index as MiniSearch serialises it, terms sorted (the radix tree's order depends on history). */
function plain(index: MiniSearch<SearchDoc>) {
  const js = JSON.parse(JSON.stringify(index)) as { index: Array<[string, unknown]> };
  js.index.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return js;
}

function built(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(miniSearchOptions);
  index.addAll(docs);
  return index;
}

describe('compact shard format', () => {
  test('a decoded index is exactly the index that was encoded', () => {
    const original = built(sampleDocs);
    const wire = JSON.parse(JSON.stringify(encodeShard(original, 1, miniSearchOptions)));
    expect(plain(decodeShard(wire, miniSearchOptions))).toEqual(plain(original));
  });

  test('a decoded index ranks exactly like MiniSearch.loadJS of the same index', () => {
    const original = built(sampleDocs);
    const decoded = decodeShard(encodeShard(original, 1, miniSearchOptions), miniSearchOptions);
    const reference = MiniSearch.loadJS<SearchDoc>(original.toJSON(), miniSearchOptions);
    for (const query of ['住民票', 'ひなんじょ', 'evacuaton', '税', 'コンビニ 住民票']) {
      expect(decoded.search(query)).toEqual(reference.search(query));
    }
  });

  test('keeps term frequencies above one and absent stored fields', () => {
    const docs: SearchDoc[] = [
      { id: 'faq:a:ja', kind: 'faq', docId: 'a', lang: 'ja', category: 'waste', title: 'ごみごみごみ', snippet: '', body: 'ごみ' },
      { id: 'faq:b:ja', kind: 'faq', docId: 'b', lang: 'ja', category: 'waste', title: 'ごみ', snippet: '', body: '' },
    ];
    const original = built(docs);
    const encoded = encodeShard(original, 1, miniSearchOptions);
    expect(encoded.terms.find(([term]) => term === 'ごみ')).toEqual(['ごみ', 0, '1*3 1', 2, '1']);
    expect(plain(decodeShard(encoded, miniSearchOptions))).toEqual(plain(original));
  });

  test('refuses a shard whose fields are not the index\'s', () => {
    const encoded = encodeShard(built(sampleDocs), 1, miniSearchOptions);
    expect(() => decodeShard({ ...encoded, fields: ['title', 'body'] }, miniSearchOptions)).toThrow(/fields/);
  });

  test('refuses to encode an index with removed documents', () => {
    const index = built(sampleDocs);
    index.discard('faq:convenience-store-copies:ja');
    expect(() => encodeShard(index, 1, miniSearchOptions)).toThrow(/removed/);
  });
});

import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchDoc } from '../content/pack-types.js';
import { buildSearchIndexes, buildSearchSegment } from './build-index.js';
import { SearchEngine } from './search-engine.js';
import { packIndexes } from './test/pack-indexes.js';
import { sampleDocs } from './test/sample-docs.js';

const engine = new SearchEngine();
const ids = (query: string, options?: Parameters<SearchEngine['search']>[1]) =>
  engine.search(query, options).map((hit) => hit.id);

beforeAll(() => {
  for (const [kind, shard] of packIndexes(sampleDocs)) expect(engine.load(kind, shard).ok).toBe(true);
});

describe('ranking over a small pack', () => {
  test('「住民票」 ranks the 住民票 guide first, then the documents that mention it', () => {
    const found = ids('住民票');
    expect(found[0]).toBe('guides:juminhyo-copy:ja');
    expect(found).toContain('faq:convenience-store-copies:ja');
    expect(found).toContain('facilities:onahama-shisho:ja');
  });

  test('「ひなんじょ」 typed in kana finds the 避難所 guide through its reading', () => {
    expect(ids('ひなんじょ')[0]).toBe('guides:evacuation-sites:ja');
    expect(ids('ヒナンジョ')[0]).toBe('guides:evacuation-sites:ja');
  });

  test('a misspelt English word ("evacuaton") finds the English evacuation guide', () => {
    expect(ids('evacuaton')).toEqual(['guides:evacuation-sites:en']);
  });

  test('an English prefix finds the whole word', () => {
    expect(ids('shelt')).toEqual(['guides:evacuation-sites:en']);
  });

  test('a facility is found by its name in kanji, kana or English', () => {
    expect(ids('小名浜')[0]).toBe('facilities:onahama-shisho:ja');
    expect(ids('おなはま')[0]).toBe('facilities:onahama-shisho:ja');
    expect(ids('onahama')[0]).toBe('facilities:onahama-shisho:ja');
  });

  test('a one-kanji query finds a word that ends with it', () => {
    expect(ids('税')).toContain('facilities:onahama-shisho:ja');
  });

  test('nothing found gives an empty list, and an empty query too', () => {
    expect(ids('ペット')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('filters', () => {
  test('by kind', () => {
    expect(ids('住民票', { kinds: ['faq'] })).toEqual(['faq:convenience-store-copies:ja']);
    expect(ids('住民票', { kinds: ['facilities', 'faq'] }).sort()).toEqual(
      ['facilities:onahama-shisho:ja', 'faq:convenience-store-copies:ja'],
    );
  });

  test('by category', () => {
    expect(ids('住民票', { categories: ['支所'] })).toEqual(['facilities:onahama-shisho:ja']);
  });

  test('limit', () => {
    expect(ids('住民票', { limit: 1 })).toEqual(['guides:juminhyo-copy:ja']);
  });
});

describe('languages', () => {
  test('the citizen\'s language comes first, and a document appears once', () => {
    expect(ids('避難所', { lang: 'en' })).toEqual(['guides:evacuation-sites:en']);
  });

  test('Japanese comes before other languages when the citizen\'s is missing', () => {
    expect(ids('避難所', { lang: 'vi' })).toEqual(['guides:evacuation-sites:ja']);
  });

  test('a hit carries what the result list shows, and the terms to highlight', () => {
    const [hit] = engine.search('evacuation shelter', { lang: 'en' });
    expect(hit).toMatchObject({
      id: 'guides:evacuation-sites:en', kind: 'guides', docId: 'evacuation-sites', lang: 'en',
      category: 'disaster', title: 'Evacuation shelters and evacuation areas',
    });
    expect(hit?.terms).toEqual(expect.arrayContaining(['evacuation', 'shelters']));
    const lit = engine.highlight(hit?.title ?? '', hit?.terms ?? []).filter((p) => p.match).map((p) => p.text);
    expect(lit).toEqual(['Evacuation', 'shelters', 'evacuation']);
  });
});

describe('a short phrase in an alphabetic language', () => {
  test('a document holding every word as typed ranks before a long one matching through prefixes and near spellings', () => {
    const vi = (id: string, title: string, body: string): SearchDoc => ({
      id: `${id}:vi`, kind: id.startsWith('forms') ? 'forms' : 'guides', docId: id.split(':')[1]!, lang: 'vi', category: '', title, snippet: '', body,
    });
    const local = new SearchEngine();
    const docs = [
      vi('forms:certificate-by-mail', 'Yêu cầu giấy chứng nhận qua bưu điện', 'Yêu cầu bản sao phiếu cư trú qua đường bưu điện.'),
      vi('guides:disaster-stockpile', 'Chuẩn bị đồ dự trữ', `${'Nhiều phiên của cùng trước khi trú ẩn, cung cấp cư dân. '.repeat(30)}`),
    ];
    for (const [kind, shard] of packIndexes(docs)) expect(local.load(kind, shard).ok).toBe(true);
    expect(local.search('phiếu cư trú', { lang: 'vi' }).map((hit) => hit.id)).toEqual(['forms:certificate-by-mail:vi', 'guides:disaster-stockpile:vi']);
  });
});

describe('loading shards', () => {
  test('a corrupt shard is an error value and the loaded shards stay searchable', () => {
    const result = engine.load('ordinances', '{"index": [');
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-shard' } });
    expect(engine.load('ordinances', 'null')).toMatchObject({ ok: false, error: { kind: 'invalid-shard' } });
    expect(ids('住民票')[0]).toBe('guides:juminhyo-copy:ja');
  });

  test('a shard from another tokeniser version is refused', () => {
    const other = JSON.stringify({ ...JSON.parse(buildSearchIndexes([]).shards.get('faq') ?? '{}'), format: 0 });
    expect(new SearchEngine().load('faq', other)).toEqual({ ok: false, error: { kind: 'incompatible-shard', format: 0 } });
  });

  test('an already-parsed shard loads like its JSON text', () => {
    const fresh = new SearchEngine();
    const parsed: unknown = JSON.parse(buildSearchIndexes(sampleDocs).shards.get('faq') ?? '');
    expect(fresh.load('faq', parsed as never)).toEqual({ ok: true, value: { documents: 1, skipped: [] } });
    expect(fresh.loadedKinds()).toEqual(['faq']);
    fresh.unload('faq');
    expect(fresh.loadedKinds()).toEqual([]);
  });

  test('the guides index is assembled from the guide files\' segments', () => {
    const fresh = new SearchEngine();
    const guides = packIndexes(sampleDocs).get('guides');
    expect(guides && fresh.load('guides', guides)).toEqual({ ok: true, value: { documents: 3, skipped: [] } });
    expect(fresh.search('ひなんじょ')[0]?.id).toBe('guides:evacuation-sites:ja');
  });

  test('a guide whose segment is missing or broken is left out and reported; the other guides are found', () => {
    const [juminhyo, evacuation, evacuationEn] = sampleDocs.filter((d) => d.kind === 'guides');
    if (!juminhyo || !evacuation || !evacuationEn) throw new Error('sample docs changed');
    const fresh = new SearchEngine();
    const loaded = fresh.load('guides', {
      segments: [
        { source: 'guides/juminhyo-copy.ja.json', segment: undefined },
        { source: 'guides/evacuation-sites.ja.json', segment: { ...buildSearchSegment(evacuation), terms: [['ひな', 7, 'x']] } },
        { source: 'guides/evacuation-sites.en.json', segment: buildSearchSegment(evacuationEn) },
      ],
    });
    expect(loaded).toEqual({
      ok: true,
      value: {
        documents: 1,
        skipped: [
          { source: 'guides/evacuation-sites.ja.json', problem: { kind: 'invalid-shard', detail: 'bad terms' } },
          { source: 'guides/juminhyo-copy.ja.json', problem: { kind: 'missing-segment' } },
        ],
      },
    });
    expect(fresh.search('住民票')).toEqual([]);
    expect(fresh.search('evacuation').map((hit) => hit.id)).toEqual(['guides:evacuation-sites:en']);
  });
});

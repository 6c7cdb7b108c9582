import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../src/library/import-catalogue.js';
import { sampleCatalogue } from '../src/library/sample-catalogue.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';

interface Result {
  total: number;
  fuzzy: boolean;
  records: { id: string; title: string; holdings: { branch: string; status: string }[] }[];
}

/** Queries of every kind the search promises; the same-results test runs them all on both databases. */
const QUERIES: Record<string, string>[] = [
  { q: 'ぎんがてつどう' },
  { q: 'ギンガ テツドウ' },
  { q: '銀河 鉄道' },
  { q: 'わがはいはねこ' },
  { q: 'ねこ' },
  { q: '猫' },
  { q: 'の' },
  { q: 'ほしの' },
  { q: 'harry poter' },
  { q: 'POTTER' },
  { q: 'rowlnig' },
  { q: '4-00-000001-2' },
  { q: '978-4-00-000003-1' },
  { q: 'いわき', branch: 'yotsukura' },
  { q: 'いわき', available: 'true' },
  { q: 'ずかん', ndc: '4' },
  { q: 'ほし', branch: 'nakoso', available: 'true', offset: '20' },
];

const SIZE = 3000;
const search = async (app: TestApp['app'], query: Record<string, string>) => {
  const response = await app.inject({ url: `/api/library/search?${new URLSearchParams(query).toString()}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Result>();
};

describe.shuffle.each(testDatabases)('library search on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database, { rateLimits: { librarySearchPerIp: 10_000 } });
    await replaceCatalogue(t.app.db, t.app.dbDialect, sampleCatalogue(SIZE));
  });
  afterAll(() => t.close());
  const titles = async (query: Record<string, string>) => (await search(t.app, query)).records.map((r) => r.title);

  it('finds a title by its reading in hiragana or katakana, with or without spaces, and by its kanji', async () => {
    for (const q of ['ぎんがてつどう', 'ギンガ テツドウ', 'ｷﾞﾝｶﾞﾃﾂﾄﾞｳ', '銀河 鉄道', '銀河鉄道']) expect(await titles({ q })).toEqual(['銀河鉄道の夜']);
    // Catalogued as ワガハイ ワ ネコ; typed as written.
    expect(await titles({ q: 'わがはいはねこ' })).toEqual(['吾輩は猫である']);
  });

  it('finds by author and author reading', async () => {
    expect(await titles({ q: '宮沢賢治' })).toEqual(['銀河鉄道の夜']);
    expect(await titles({ q: 'くさのしんぺい' })).toContain('蛙のうた');
  });

  it('finds one book by ISBN-10 or ISBN-13, with or without hyphens', async () => {
    for (const q of ['4-00-000001-2', '4000000012', '978-4-00-000001-7', '9784000000017']) expect(await titles({ q })).toEqual(['銀河鉄道の夜']);
    expect((await search(t.app, { q: '9784000000018' })).total).toBe(0);
  });

  it('forgives a typo in a Latin title, and says so', async () => {
    const result = await search(t.app, { q: 'Harry Poter' });
    expect(result.fuzzy).toBe(true);
    expect(result.records.map((r) => r.title)).toEqual(["Harry Potter and the Philosopher's Stone"]);
    expect((await search(t.app, { q: 'harry potter' })).fuzzy).toBe(false);
  });

  it('puts titles that start with the query first', async () => {
    const first = await titles({ q: 'ほし' });
    expect(first[0]).toMatch(/^星/);
  });

  it('filters by branch, availability and NDC class', async () => {
    const atBranch = await search(t.app, { q: 'いわき', branch: 'yotsukura', available: 'true' });
    expect(atBranch.total).toBeGreaterThan(0);
    for (const record of atBranch.records) {
      expect(record.holdings.some((h) => h.branch === 'yotsukura' && (h.status === 'available' || h.status === 'reference'))).toBe(true);
    }
    const science = await search(t.app, { q: 'の', ndc: '4' });
    expect(science.total).toBeGreaterThan(0);
    expect(science.records.every((r) => (r as unknown as { ndc: string }).ndc.startsWith('4'))).toBe(true);
  });

  it('refuses what is not a query', async () => {
    for (const url of ['/api/library/search', '/api/library/search?q=', `/api/library/search?q=${'あ'.repeat(101)}`, '/api/library/search?q=a&branch=mars', '/api/library/search?q=a&ndc=9x']) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(400);
    }
  });

  it('limits searches per address, each address on its own', async () => {
    const limited = await buildTestApp(database, { rateLimits: { librarySearchPerIp: 5 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await limited.app.inject({ url: '/api/library/search?q=a', remoteAddress: '10.0.0.9' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
      expect((await limited.app.inject({ url: '/api/library/search?q=a', remoteAddress: '10.0.0.10' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

/** Runs when TEST_DATABASE_URL is set, as the server suite does on PostgreSQL. */
const bothDatabases = testDatabases.length === 2;

describe.shuffle('library search gives the same books on SQLite and PostgreSQL', () => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    if (!bothDatabases) return;
    for (const database of testDatabases) {
      const t = await buildTestApp(database, { rateLimits: { librarySearchPerIp: 10_000 } });
      await replaceCatalogue(t.app.db, t.app.dbDialect, sampleCatalogue(SIZE));
      apps.push(t);
    }
    // Two catalogues of 3,000 records: over 30 s on a loaded machine (a CI run timed out here).
  }, 120_000);
  afterAll(() => Promise.all(apps.map((t) => t.close())));

  it.skipIf(!bothDatabases).each(QUERIES)('$q', async (query) => {
    const [sqlite, postgres] = await Promise.all(apps.map((t) => search(t.app, query)));
    expect(sqlite!.total).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });
});

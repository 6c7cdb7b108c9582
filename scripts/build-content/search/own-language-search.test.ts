// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { parseFormDef } from '../../../src/lib/forms/form-schema.ts';
import { SearchEngine } from '../../../src/lib/search/search-engine.ts';
import { packIndexes } from '../../../src/lib/search/test/pack-indexes.ts';
import { annotate } from '../annotate.ts';
import { ErrorSink } from '../report.ts';
import { faqSource } from '../sources/faq.ts';
import { facilitiesSource } from '../sources/facilities.ts';
import { formSearchDocs } from '../sources/form-search.ts';
import { guidesSource } from '../sources/guides.ts';
import { ordinancesSource } from '../sources/ordinances.ts';

/**
 * Issue 18, tried on a Vietnamese phone: searching in one's own language must find the
 * task even where its page is only in Japanese. Over the real content of the repository
 * (forms read directly: the forms source also wants department keys a build generates).
 */
const contentDir = join(dirname(fileURLToPath(import.meta.url)), '../../../content');
const engine = new SearchEngine();

// Loads and indexes the whole real content (every guide, FAQ entry and form in every language):
// seconds alone, more on a busy machine.
beforeAll(async () => {
  const ctx = { contentDir, display: (path: string) => path, errors: new ErrorSink(), annotate };
  const docs: SearchDoc[] = [];
  for (const source of [guidesSource, faqSource, ordinancesSource, facilitiesSource]) docs.push(...((await source.load(ctx))?.searchDocs() ?? []));
  for (const name of readdirSync(join(contentDir, 'forms')).filter((n) => n.endsWith('.json'))) {
    const parsed = parseFormDef(JSON.parse(readFileSync(join(contentDir, 'forms', name), 'utf8')), name);
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
    docs.push(...formSearchDocs(parsed.value, annotate));
  }
  expect(ctx.errors.count).toBe(0);
  for (const [kind, shard] of packIndexes(docs)) expect(engine.load(kind, shard).ok).toBe(true);
}, 60_000);

const top = (query: string, lang: Parameters<SearchEngine['search']>[1] extends infer O ? O extends { lang?: infer L } ? L : never : never, limit = 3) =>
  engine.search(query, { lang, limit }).map((hit) => hit.id);

const disasterGuides = ['disaster-stockpile', 'earthquake-response', 'evacuation-sites', 'hazard-map', 'heavy-rain-flood'];

describe('search in the reader\'s own language', () => {
  it('"phiếu cư trú" (the app\'s Vietnamese for 住民票) finds the 住民票 guide, the certificate-by-mail form and the two 住民票 FAQ entries before any disaster guide', () => {
    const found = top('phiếu cư trú', 'vi', 4);
    expect([...found].sort()).toEqual(['faq:faq-002:vi', 'faq:faq-003:vi', 'forms:certificate-by-mail:vi', 'guides:juminhyo-copy:vi']);
    expect(found.filter((id) => disasterGuides.some((g) => id.includes(`:${g}:`)))).toEqual([]);
  });

  it('"rác cồng kềnh", the bulky-waste form\'s Vietnamese title, finds that form, the bulky-waste guide and the bulky-waste FAQ first', () => {
    expect(top('rác cồng kềnh', 'vi').sort()).toEqual(['faq:faq-029:vi', 'forms:bulky-waste:vi', 'guides:bulky-waste-guide:vi']);
  });

  it('finds a guide with no Vietnamese text by its Vietnamese title and summary (content/guide-digests)', () => {
    expect(top('chuyển nhà', 'vi')[0]).toBe('guides:moving-procedures:vi');
  });

  it('finds a translated FAQ entry by its question in the reader\'s language: Vietnamese, and Thai (no spaces between words)', () => {
    expect(top('ngày thu gom rác', 'vi')[0]).toBe('faq:faq-032:vi');
    expect(top('ศูนย์อพยพที่ใกล้ที่สุด', 'th')[0]).toBe('faq:faq-034:th');
  });

  it('finds forms by their title in Korean and Chinese too, and in Japanese', () => {
    expect(top('대형 폐기물', 'ko')).toContain('forms:bulky-waste:ko');
    expect(top('大件垃圾', 'zh-Hans')).toContain('forms:bulky-waste:zh-Hans');
    expect(top('粗大ごみ', 'ja')).toContain('forms:bulky-waste:ja');
  });
});

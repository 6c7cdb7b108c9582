// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../contract/languages.ts';
import { faqFileSchema, type FaqFile } from '../../../src/lib/content/schema/faq.ts';
import { formatCoverage } from '../coverage.ts';
import { fixtureFiles, writeFixtureContent } from '../test-support/fixture-content.ts';
import { buildFixture } from '../test-support/build-fixture.ts';
import * as v from 'valibot';

/** The fixture's one FAQ entry, translated into English and Vietnamese from its version of 2026-10-01. */
const mark = { source: '2026-10-01', checked: false };
const translated = {
  sample: true,
  items: [{
    id: 'faq-001', category: 'registry', updated: '2026-10-01',
    question: '転入の手続きはいつまでですか。', answer: '住み始めた日から14日以内です。', tags: ['転入届'],
    translations: {
      en: { question: 'By when must I register my move-in?', answer: 'Within 14 days of moving in.', ...mark },
      vi: { question: 'Phải làm thủ tục chuyển đến trước khi nào?', answer: 'Trong vòng 14 ngày kể từ khi chuyển đến.', ...mark },
    },
  }],
};
type Entry = (typeof translated.items)[number] & Record<string, unknown>;
const withFaq = (edit: (entry: Entry) => void) => {
  const file = structuredClone(translated);
  edit(file.items[0] as Entry);
  return { ...fixtureFiles, 'faq/faq.json': JSON.stringify(file, null, 2) };
};
const build = async (files: Record<string, string>) => buildFixture(await writeFixtureContent(files));

describe('an FAQ entry translated into other languages, each with its mark', () => {
  it('an unknown language code is refused, naming the code and the codes it could be', async () => {
    const { messages } = await build(withFaq((entry) => { (entry.translations as Record<string, unknown>).vn = entry.translations.vi; }));
    expect(messages.join('\n')).toMatch(/faq\.json:\d+:\d+ "items\[0\]\.translations\.vn": expected a language code: one of ja-easy, en, .*, my got "vn"/);
  });

  it('a translation without its mark (what it was made from, checked or not) is refused', async () => {
    const { messages } = await build(withFaq((entry) => { entry.translations.en = { question: 'By when?', answer: 'Within 14 days.' } as typeof mark & { question: string; answer: string }; }));
    expect(messages.join('\n')).toMatch(/faq\.json:\d+:\d+ "items\[0\]\.translations\.en\.source": required field is missing/);
    expect(messages.join('\n')).toMatch(/"items\[0\]\.translations\.en\.checked": required field is missing/);
  });

  it('a translated entry must say when its Japanese last changed, and no mark may name a later date', async () => {
    const undated = await build(withFaq((entry) => { delete (entry as Partial<Entry>).updated; }));
    expect(undated.messages.join('\n')).toMatch(/"items\[0\]\.translations": expected "updated" on a translated entry/);
    const future = await build(withFaq((entry) => { entry.translations.vi.source = '2026-10-05'; }));
    expect(future.messages.join('\n')).toMatch(/"items\[0\]\.translations\.vi\.source": expected the entry's updated date \(2026-10-01\) or an earlier one, got 2026-10-05/);
  });

  it('the coverage report counts the entry in each language it is written in', async () => {
    const { result } = await build(withFaq(() => {}));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect([result.coverage.counts.ja.FAQ, result.coverage.counts.en.FAQ, result.coverage.counts.vi.FAQ, result.coverage.counts.ne.FAQ]).toEqual([1, 1, 1, 0]);
    expect(result.coverage.stale).toEqual([]);
    expect(formatCoverage(result.coverage).find((l) => l.startsWith('vi '))).toMatch(/^vi\s+\d+\s+\d+\s+1\s/);
  });

  it('when the Japanese changes (a later updated date), every translation made from the old one is listed as stale', async () => {
    const { result } = await build(withFaq((entry) => { entry.answer = '住み始めた日から14日以内に届け出てください。'; entry.updated = '2026-11-01'; }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.coverage.stale).toEqual([
      { document: 'faq/faq-001', lang: 'en', translated: '2026-10-01', source: '2026-11-01' },
      { document: 'faq/faq-001', lang: 'vi', translated: '2026-10-01', source: '2026-11-01' },
    ]);
    expect(formatCoverage(result.coverage)).toContain('stale: faq/faq-001 (vi) translated from 2026-10-01, source changed 2026-11-01');
    // Stale still counts: the reader gets the older translation, marked as a draft, rather than nothing.
    expect(result.coverage.counts.vi.FAQ).toBe(1);
  });
});

describe('the city\'s FAQ (content/faq/faq.json)', () => {
  const file: FaqFile = v.parse(faqFileSchema, JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../content/faq/faq.json'), 'utf8')));
  const popular = file.items.filter((item) => item.popular !== undefined);

  it('marks the 20 questions asked most at a counter, ranked 1 to 20', () => {
    expect(popular.map((item) => item.popular).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('has each of them in all 16 languages, marked as unchecked drafts made from the current Japanese', () => {
    for (const item of popular) {
      expect(Object.keys(item.translations ?? {}).sort(), item.id).toEqual(languageCodes.filter((code) => code !== 'ja').sort());
      for (const translation of Object.values(item.translations ?? {})) expect(translation?.source, item.id).toBe(item.updated);
    }
  });
});

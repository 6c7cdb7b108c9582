// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuideDoc } from '../../../src/lib/content/pack-types.ts';
import { annotate } from '../annotate.ts';
import { ErrorSink } from '../report.ts';
import { loadGuideDigests } from './guide-digests.ts';
import { guidesSource } from './guides.ts';

function contentWith(digests: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-digests-'));
  mkdirSync(join(dir, 'guide-digests'));
  for (const [name, value] of Object.entries(digests)) writeFileSync(join(dir, 'guide-digests', name), JSON.stringify(value));
  return dir;
}
const ctxFor = (contentDir: string) => ({ contentDir, display: (p: string) => p, errors: new ErrorSink(), annotate });
const guide = (id: string, lang: GuideDoc['lang']) => ({ id, lang }) as GuideDoc;
const digest = { title: 'Xin bản sao phiếu cư trú', summary: 'Những thứ cần mang theo.', source: '2026-10-01' };

describe('guide digests: a reader\'s-language title and summary of an untranslated guide', () => {
  it('are read per language, marked unchecked unless a person said so', async () => {
    const ctx = ctxFor(contentWith({ 'vi.json': { 'juminhyo-copy': digest }, 'ne.json': { 'juminhyo-copy': { ...digest, checked: true } } }));
    const digests = await loadGuideDigests(ctx, [guide('juminhyo-copy', 'ja')]);
    expect(ctx.errors.count).toBe(0);
    expect(digests.get('juminhyo-copy')).toEqual({ vi: { ...digest, checked: false }, ne: { ...digest, checked: true } });
  });

  it('refuse a guide that does not exist, a language with a full translation, and an unknown file name', async () => {
    const ctx = ctxFor(contentWith({ 'vi.json': { 'no-such-guide': digest, 'hazard-map': digest }, 'xx.json': {} }));
    await loadGuideDigests(ctx, [guide('hazard-map', 'ja'), guide('hazard-map', 'vi')]);
    expect(ctx.errors.sorted().map((e) => e.message)).toEqual([
      'expected the id of a guide with a Japanese original (content/guides/no-such-guide.md) got "no-such-guide"',
      'guides/hazard-map.vi.md is a full translation: remove this digest',
      expect.stringMatching(/^file name: expected <lang>\.json/),
    ]);
  });

  it('go into the guides index and search, each segment in a small file of its own (the repository\'s content)', async () => {
    const ctx = ctxFor(join(import.meta.dirname, '../../../content'));
    const loaded = await guidesSource.load(ctx);
    expect(ctx.errors.count).toBe(0);
    const documents = loaded!.documents();
    const index = documents.find((d) => d.path === 'guides/index.json')!.value as Array<{ id: string; digests?: Record<string, { title: string }> }>;
    expect(index.find((e) => e.id === 'juminhyo-copy')?.digests?.vi?.title).toBe('Xin bản sao phiếu cư trú (jūminhyō)');
    expect(documents.find((d) => d.path === 'guides/juminhyo-copy.vi.digest.json')?.searchId).toBe('guides:juminhyo-copy:vi');
    expect(loaded!.searchDocs().find((d) => d.id === 'guides:juminhyo-copy:vi')).toMatchObject({ lang: 'vi', title: 'Xin bản sao phiếu cư trú (jūminhyō)' });
  }, 30_000);
});

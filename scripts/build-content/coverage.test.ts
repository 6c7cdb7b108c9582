// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, writeFixtureContent } from './test-support/fixture-content.ts';
import { buildFixture } from './test-support/build-fixture.ts';
import { formatCoverage } from './coverage.ts';

/**
 * The fixture, with a disaster guide only in Japanese and English, and the English 住民票 guide
 * made from an older version of its source (its own `updated` is later: a typo fix in English
 * does not make it current).
 */
const files = {
  ...fixtureFiles,
  'guides/juminhyo-copy.en.md': fixtureFiles['guides/juminhyo-copy.en.md']!.replace('source: 2026-10-01', 'source: 2026-09-15'),
  'guides/tsunami.md': '---\nid: tsunami\ntitle: 津波\ncategory: disaster\nupdated: 2026-10-01\ndepartment: 危機管理課\nsummary: 高い所へ。\n---\n\n高い所へ逃げてください。\n',
  'guides/tsunami.en.md': '---\nid: tsunami\ntitle: Tsunami\ncategory: disaster\nupdated: 2026-10-01\nsource: 2026-10-01\nchecked: false\ndepartment: Crisis Management\nsummary: Go high.\n---\n\nGo to high ground.\n',
};

describe('content coverage by language', () => {
  it('counts each kind per language and lists the translations whose source changed after them', async () => {
    const { result } = await buildFixture(await writeFixtureContent(files));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { counts, stale, disasterGaps } = result.coverage;
    expect(counts.ja).toMatchObject({ guides: 3, FAQ: 1, forms: 1 });
    expect(counts.en).toMatchObject({ guides: 2, FAQ: 0, forms: 1 });
    expect(counts.ne.guides).toBe(0);
    expect(stale).toEqual([{ document: 'guides/juminhyo-copy', lang: 'en', translated: '2026-09-15', source: '2026-10-01' }]);
    expect(disasterGaps.en).toBeUndefined();
    expect(disasterGaps.ne).toEqual(['tsunami']);
    const printed = formatCoverage(result.coverage);
    expect(printed[1]).toMatch(/^language\s+guides\s+digests\s+FAQ\s+forms\s+events\s+notices\s+stale$/);
    expect(printed.find((l) => l.startsWith('en '))).toMatch(/^en\s+2\s+0\s+0\s+1\s+\d+\s+\d+\s+1$/);
    expect(printed).toContain('stale: guides/juminhyo-copy (en) translated from 2026-09-15, source changed 2026-10-01');
    expect(printed).toContain('disaster guides missing in ne: 1 of 1 (tsunami)');
  });

  it('with --require-disaster-coverage, a disaster guide missing in any language fails the build and writes nothing', async () => {
    const dirs = await writeFixtureContent(files);
    const { result } = await buildFixture(dirs, { requireDisasterCoverage: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toContain('disaster guides missing in ne: tsunami');
    expect(result.errors.some((e) => e.message.includes(' en:'))).toBe(false);
    expect(existsSync(join(dirs.outDir, 'manifest.json'))).toBe(false);
  });
});

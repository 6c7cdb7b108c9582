// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentLanguages } from '../../src/lib/content/pack-types.ts';
import { buildFixture } from './test-support/build-fixture.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// The whole of content/ without furigana or search: about 3 s idle, more on a busy machine.
const BUILD_TIMEOUT_MS = 30_000;

/**
 * Issue 18: a disaster guide missing in any language fails the build that `npm start` and
 * `npm test` run. These check that build asks for it, and that the city's content meets it
 * (a new language, or a new disaster guide, without its translations fails here first).
 */
describe('disaster guides in every language, required by the app build', () => {
  it('the build script builds the content pack with --require-disaster-coverage', () => {
    const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toMatch(/npm run content -- --require-disaster-coverage$/);
    expect(scripts.start).toMatch(/^npm run build && /);
    // npm test runs the build among its checks (scripts/checks/jobs.ts).
    expect(readFileSync(join(repo, 'scripts/checks/jobs.ts'), 'utf8')).toContain("command: 'npm run --silent build'");
    expect(scripts.test).toMatch(/npm run --silent checks/);
  });

  it('the city\'s content has every disaster guide in every language, so that build passes', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'madoguchi-coverage-'));
    try {
      const { result, messages } = await buildFixture({ contentDir: join(repo, 'content'), outDir }, { requireDisasterCoverage: true });
      expect(messages).toEqual([]);
      if (!result.ok) return;
      expect(result.coverage.disasterGuides.length).toBeGreaterThanOrEqual(6);
      expect(result.coverage.disasterGaps).toEqual({});
      for (const lang of contentLanguages) expect(result.coverage.counts[lang].guides, lang).toBeGreaterThanOrEqual(result.coverage.disasterGuides.length);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, BUILD_TIMEOUT_MS);

  it('the same content without one Nepali disaster guide fails that build', async () => {
    const contentDir = mkdtempSync(join(tmpdir(), 'madoguchi-content-'));
    const outDir = mkdtempSync(join(tmpdir(), 'madoguchi-coverage-'));
    try {
      cpSync(join(repo, 'content'), contentDir, { recursive: true, filter: (src) => !src.endsWith('tsunami-evacuation.ne.md') });
      const { result } = await buildFixture({ contentDir, outDir }, { requireDisasterCoverage: true });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.message)).toEqual(['disaster guides missing in ne: tsunami-evacuation']);
    } finally {
      rmSync(contentDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }, BUILD_TIMEOUT_MS);
});

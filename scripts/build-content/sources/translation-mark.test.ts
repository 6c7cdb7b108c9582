// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuideDoc, PackManifest } from '../../../src/lib/content/pack-types.ts';
import { fixtureFiles, writeFixtureContent } from '../test-support/fixture-content.ts';
import { buildFixture } from '../test-support/build-fixture.ts';

const english = fixtureFiles['guides/juminhyo-copy.en.md']!;

describe('a translated guide carries the version of its Japanese source and whether a person checked it', () => {
  it('reaches the pack as the guide\'s translation mark; the Japanese original has none', async () => {
    const dirs = await writeFixtureContent(fixtureFiles);
    const { result } = await buildFixture(dirs);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const manifest = JSON.parse(readFileSync(join(dirs.outDir, 'manifest.json'), 'utf8')) as PackManifest;
    const read = (path: string) => {
      const file = manifest.files.find((f) => f.path === path);
      return JSON.parse(readFileSync(join(dirs.outDir, 'objects', `${file?.sha256}.json`), 'utf8')) as GuideDoc;
    };
    expect(read('guides/juminhyo-copy.en.json').translation).toEqual({ source: '2026-10-01', checked: false });
    expect(read('guides/juminhyo-copy.ja.json').translation).toBeUndefined();
  });

  it('a translation without its source version fails the build and says what to add', async () => {
    const dirs = await writeFixtureContent({ ...fixtureFiles, 'guides/juminhyo-copy.en.md': english.replace('source: 2026-10-01\nchecked: false\n', '') });
    const { messages } = await buildFixture(dirs);
    expect(messages.join('\n')).toMatch(/juminhyo-copy\.en\.md.*add `source: <the updated date of the Japanese guide>` and `checked: false`/);
  });

  it('a source later than the original\'s own date (a version that never existed) fails; a Japanese original may not claim one', async () => {
    const future = { ...fixtureFiles, 'guides/juminhyo-copy.en.md': english.replace('source: 2026-10-01', 'source: 2026-10-05') };
    expect((await buildFixture(await writeFixtureContent(future))).messages.join('\n'))
      .toMatch(/expected the updated date of .*juminhyo-copy\.md \(2026-10-01\) or an earlier one, got 2026-10-05/);
    const original = { ...fixtureFiles, 'guides/juminhyo-copy.md': fixtureFiles['guides/juminhyo-copy.md']!.replace('updated: 2026-10-01\n', 'updated: 2026-10-01\nsource: 2026-09-01\n') };
    expect((await buildFixture(await writeFixtureContent(original))).messages.join('\n')).toMatch(/expected no source or checked on a Japanese original/);
  });
});

const form = JSON.parse(fixtureFiles['forms/certificate-by-mail.json']!) as { updated: string; translations: Record<string, { source: string; checked: boolean } | undefined> };
const withForm = (edit: (def: typeof form) => void) => {
  const def = structuredClone(form);
  edit(def);
  return { ...fixtureFiles, 'forms/certificate-by-mail.json': JSON.stringify(def) };
};

describe('a translated form carries the same mark, per language', () => {
  it('a form translated into a language without its mark fails the build, naming the language', async () => {
    const { messages } = await buildFixture(await writeFixtureContent(withForm((def) => { def.translations.vi = undefined; })));
    expect(messages.join('\n')).toMatch(/certificate-by-mail\.json.*expected a mark for the vi translation/);
  });

  it('a form without the date of its Japanese text fails the build', async () => {
    const { messages } = await buildFixture(await writeFixtureContent(withForm((def) => { def.updated = undefined as unknown as string; })));
    expect(messages.join('\n')).toMatch(/expected "updated": the date of the Japanese text's last change/);
  });

  it('a translation made from an older Japanese text is listed as stale by the coverage report', async () => {
    const { result } = await buildFixture(await writeFixtureContent(withForm((def) => { def.updated = '2026-11-01'; })));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.coverage.stale.filter((s) => s.document === 'forms/certificate-by-mail').map((s) => s.lang)).toEqual(Object.keys(form.translations));
  });
});

// @vitest-environment node
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../contract/languages.ts';
import type { PhrasebookPack } from '../../../src/lib/content/phrasebook.ts';
import { annotate } from '../annotate.ts';
import { ErrorSink } from '../report.ts';
import { phrasebookSource } from './phrasebook.ts';

const realFile = join(import.meta.dirname, '../../../content/phrasebook/phrasebook.json');

async function load(edit?: (file: { phrases: Array<Record<string, unknown> & { text: Record<string, string> }> }) => void) {
  const contentDir = await mkdtemp(join(tmpdir(), 'phrasebook-'));
  const file = JSON.parse(await readFile(realFile, 'utf8')) as Parameters<NonNullable<typeof edit>>[0];
  edit?.(file);
  await mkdir(join(contentDir, 'phrasebook'));
  await writeFile(join(contentDir, 'phrasebook', 'phrasebook.json'), JSON.stringify(file, null, 2));
  const errors = new ErrorSink();
  const loaded = await phrasebookSource.load({ contentDir, display: (p) => relative(contentDir, p), errors, annotate });
  return { loaded, errors: errors.sorted().map((e) => `${e.where ?? ''} ${e.message}`) };
}

describe('the counter phrasebook', () => {
  it('builds the city\'s phrasebook: every phrase in every UI language, every counter topic', async () => {
    const { loaded, errors } = await load();
    expect(errors).toEqual([]);
    const pack = loaded!.documents()[0]!.value as PhrasebookPack;
    expect(loaded!.documents()[0]!.path).toBe('phrasebook.json');
    expect(pack.categories.map((c) => c.id)).toEqual(['basics', 'residence', 'my-number', 'tax', 'insurance-pension', 'childcare', 'waste', 'disaster', 'hospital']);
    for (const phrase of pack.phrases) expect(Object.keys(phrase.text).sort()).toEqual([...languageCodes].sort());
    // Questions from staff, requests from citizens, and the answers both give.
    expect(new Set(pack.phrases.map((p) => p.speaker))).toEqual(new Set(['staff', 'citizen', 'either']));
    expect(pack.phrases.filter((p) => p.value).map((p) => p.value).sort()).toEqual(['date', 'number']);
    expect(pack.phrases.some((p) => p.id === 'write-here')).toBe(true);
    // Drafted translations say so until a person checks them.
    expect(pack.translations.ne).toEqual({ kind: 'draft', checked: false });
  });

  it('fails the build on a phrase missing a language, naming the phrase', async () => {
    const { loaded, errors } = await load((file) => { delete file.phrases[10]!.text.ne; });
    expect(loaded).toBeUndefined();
    expect(errors.join('\n')).toMatch(/phrases\[10\]\.text.*ne|ne.*phrases\[10\]/);
  });

  it('fails the build on a number phrase whose translation lost its {n}', async () => {
    const { errors } = await load((file) => {
      const phrase = file.phrases.find((p) => p.value === 'number')!;
      phrase.text.vi = 'Là số.';
    });
    expect(errors).toEqual([expect.stringContaining('expected vi to hold {n} exactly once')]);
  });

  it('fails the build on a placeholder in a phrase that carries no value', async () => {
    const { errors } = await load((file) => { file.phrases.find((p) => p.id === 'yes')!.text.en = 'Yes {n}'; });
    expect(errors).toEqual([expect.stringContaining('expected no placeholder in en')]);
  });

  it('fails the build on a duplicate phrase id', async () => {
    const { errors } = await load((file) => { file.phrases[1]!.id = file.phrases[0]!.id; });
    expect(errors).toEqual([expect.stringContaining('duplicate id "yes"')]);
  });
});

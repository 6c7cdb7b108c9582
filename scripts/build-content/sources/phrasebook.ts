import { join } from 'node:path';
import { languageCodes, type LanguageCode } from '../../../contract/languages.ts';
import { packPaths, type RText } from '../../../src/lib/content/pack-types.ts';
import { valuePlaceholder, type Phrase, type PhrasebookPack } from '../../../src/lib/content/phrasebook.ts';
import { phrasebookFileSchema, type PhrasebookFile } from '../../../src/lib/content/schema/phrasebook.ts';
import { parseJsonSource, validate, type LocatedJson } from '../json-source.ts';
import type { ErrorSink } from '../report.ts';
import type { SourceContext } from './types.ts';
import { readText } from './files.ts';
import { checkUniqueIds } from './unique.ts';
import type { ContentSource } from './types.ts';

/**
 * content/phrasebook/phrasebook.json → phrasebook.json: the counter's pointing phrases.
 * The schema requires every UI language (a phrase missing one fails the build); here the
 * placeholders are checked, since a screen fills `{n}` or `{date}` in and must find it in
 * every language, and a phrase without a value must not carry one.
 */
export const phrasebookSource: ContentSource = {
  name: 'phrasebook',
  async load(ctx) {
    const path = join(ctx.contentDir, 'phrasebook', 'phrasebook.json');
    const text = await readText(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (text === undefined) return undefined;
    const source = parseJsonSource(text, ctx.display(path), ctx.errors);
    const file = source && validate(phrasebookFileSchema, source, ctx.errors);
    if (!source || !file) return undefined;
    checkUniqueIds(file.phrases.map((p) => p.id), (i) => source.at(['phrases', i, 'id']), ctx.errors);
    checkPlaceholders(file, source, ctx.errors);
    checkCategories(file, source, ctx.errors);
    const pack = toPack(file, ctx);
    return {
      name: 'phrasebook',
      ids: new Set(pack.phrases.map((p) => p.id)),
      refs: [],
      counts: { phrases: pack.phrases.length },
      sample: file.sample,
      documents: () => [{ path: packPaths.phrasebook, value: pack }],
      searchDocs: () => [],
    };
  },
};

function checkPlaceholders(file: PhrasebookFile, source: LocatedJson, errors: ErrorSink): void {
  file.phrases.forEach((phrase, i) => {
    const wanted = phrase.value ? valuePlaceholder[phrase.value] : undefined;
    const fields: Array<[string, string, (string | number)[]]> = [
      ['reading', phrase.reading, ['phrases', i, 'reading']],
      ...languageCodes.map((code): [string, string, (string | number)[]] => [code, phrase.text[code], ['phrases', i, 'text', code]]),
    ];
    for (const [name, value, at] of fields) {
      const found = value.match(/\{[^}]*\}/g) ?? [];
      if (wanted && (found.length !== 1 || found[0] !== wanted)) {
        errors.add(source.at(at), `expected ${name} to hold ${wanted} exactly once (the phrase carries a ${phrase.value})`);
      } else if (!wanted && found.length > 0) {
        errors.add(source.at(at), `expected no placeholder in ${name}: the phrase has no "value"`);
      }
    }
  });
}

function checkCategories(file: PhrasebookFile, source: LocatedJson, errors: ErrorSink): void {
  const named = new Set(file.categories.map((c) => c.id));
  file.phrases.forEach((phrase, i) => {
    if (!named.has(phrase.category)) errors.add(source.at(['phrases', i, 'category']), `expected a category named in "categories", got "${phrase.category}"`);
  });
}

function toPack(file: PhrasebookFile, ctx: SourceContext): PhrasebookPack {
  // Japanese and やさしい日本語 get build-time furigana; other languages stay plain strings.
  const localized = (texts: Record<LanguageCode, string>) =>
    Object.fromEntries(languageCodes.map((code) => [code, annotateIfJapanese(ctx, texts[code], code)])) as Record<LanguageCode, RText>;
  const phrases: Phrase[] = file.phrases.map((p) => ({
    id: p.id,
    category: p.category,
    speaker: p.speaker,
    ...(p.expects ? { expects: p.expects } : {}),
    ...(p.value ? { value: p.value } : {}),
    reading: p.reading,
    text: localized(p.text),
  }));
  return {
    categories: file.categories.map((c) => ({ id: c.id, name: localized(c.name) })),
    phrases,
    translations: file.translations,
  };
}

function annotateIfJapanese(ctx: SourceContext, text: string, code: LanguageCode): RText {
  return code === 'ja' || code === 'ja-easy' ? ctx.annotate(text, code) : text;
}

import { join } from 'node:path';
import { faqFileSchema } from '../../../src/lib/content/schema/faq.ts';
import { contentLanguages, packPaths, type ContentLanguage, type FaqItem, type FaqTranslation, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import type { FaqFile } from '../../../src/lib/content/schema/faq.ts';
import type { LocatedJson } from '../json-source.ts';
import { parseJsonSource, validate } from '../json-source.ts';
import { rtextPlain, readingField, snippet, titleRubyField } from '../search/plain-text.ts';
import { readText } from './files.ts';
import { checkUniqueIds, itemIdPath } from './unique.ts';
import type { ContentSource, SourceContext } from './types.ts';

/** One FAQ file, parsed and validated; undefined when absent or broken (errors say why). */
async function readFaqFile(ctx: Parameters<ContentSource['load']>[0], name: string) {
  const path = join(ctx.contentDir, 'faq', name);
  const text = await readText(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (text === undefined) return undefined;
  const source = parseJsonSource(text, ctx.display(path), ctx.errors);
  const file = source && validate(faqFileSchema, source, ctx.errors);
  return source && file ? { source, file } : undefined;
}

/**
 * content/faq/faq.json, plus content/faq/from-console.json (Q&A staff proposed in the console,
 * written by `npm run faq:pull` and reviewed before this build) → faq.json (FaqItem[]) and the
 * FAQ search docs, one per language an entry is written in.
 */
export const faqSource: ContentSource = {
  name: 'faq',
  async load(ctx) {
    const main = await readFaqFile(ctx, 'faq.json');
    if (!main) return undefined;
    const fromConsole = await readFaqFile(ctx, 'from-console.json');
    const files = fromConsole ? [main, fromConsole] : [main];
    const located = files.flatMap(({ source, file }) => file.items.map((item, i) => ({ item, source, i, at: () => source.at(itemIdPath(i)) })));
    checkUniqueIds(located.map(({ item }) => item.id), (i) => located[i]!.at(), ctx.errors);
    for (const { item, source, i } of located) checkMarks(item, source, i, ctx);

    const items: FaqItem[] = located.map(({ item }) => ({
      id: item.id,
      category: item.category,
      question: ctx.annotate(item.question, 'ja'),
      answer: ctx.annotate(item.answer, 'ja'),
      tags: item.tags,
      ...(item.updated === undefined ? {} : { updated: item.updated }),
      ...(item.translations ? { translations: annotateTranslations(item.translations, ctx) } : {}),
    }));
    return {
      name: 'faq',
      ids: new Set(items.map((item) => item.id)),
      refs: [],
      counts: { faq: items.length },
      sample: main.file.sample,
      documents: () => [{ path: packPaths.faq, value: items }],
      searchDocs: () => items.flatMap(faqSearchDocs),
    };
  },
};

type SourceItem = FaqFile['items'][number];
type SourceTranslations = NonNullable<SourceItem['translations']>;

/**
 * A translated entry says when its Japanese last changed, and no mark may name a later date
 * (a version that never existed); an older one is stale, which the coverage report lists.
 */
function checkMarks(item: SourceItem, source: LocatedJson, i: number, ctx: SourceContext): void {
  const marks = Object.entries(item.translations ?? {}).filter(([, t]) => t !== undefined) as Array<[string, { source: string }]>;
  if (marks.length === 0) return;
  if (item.updated === undefined) {
    ctx.errors.add(source.at(['items', i, 'translations']), 'expected "updated" on a translated entry: the date of the Japanese question and answer\'s last change (YYYY-MM-DD), which translations say they were made from');
    return;
  }
  for (const [lang, mark] of marks) {
    if (mark.source > item.updated) ctx.errors.add(source.at(['items', i, 'translations', lang, 'source']), `expected the entry's updated date (${item.updated}) or an earlier one, got ${mark.source}`);
  }
}

/** やさしい日本語 gets furigana like Japanese; other languages pass through annotate unchanged. */
function annotateTranslations(translations: SourceTranslations, ctx: SourceContext): Partial<Record<ContentLanguage, FaqTranslation>> {
  return Object.fromEntries(Object.entries(translations).filter(([, t]) => t !== undefined).map(([code, t]) => {
    const lang = code as ContentLanguage;
    return [lang, { question: ctx.annotate(t!.question, lang), answer: ctx.annotate(t!.answer, lang), source: t!.source, checked: t!.checked }];
  }));
}

/** The entry's search documents: the Japanese original and each translation, found in its own language. */
function faqSearchDocs(item: FaqItem): SearchDoc[] {
  const versions = contentLanguages.flatMap((lang) => {
    const text = lang === 'ja' ? item : item.translations?.[lang];
    return text ? [{ lang, question: text.question, answer: text.answer }] : [];
  });
  return versions.map(({ lang, question, answer }) => {
    const plain = rtextPlain(answer);
    return {
      id: `faq:${item.id}:${lang}`,
      kind: 'faq',
      docId: item.id,
      lang,
      category: item.category,
      title: rtextPlain(question),
      snippet: snippet(plain),
      // Tags are Japanese words: only the Japanese version is found by them.
      body: lang === 'ja' ? [plain, item.tags.join(' ')].join('\n') : plain,
      ...readingField(question),
      ...titleRubyField(question),
    };
  });
}

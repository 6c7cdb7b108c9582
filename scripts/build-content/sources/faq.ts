import { join } from 'node:path';
import { faqFileSchema } from '../../../src/lib/content/schema/faq.ts';
import { packPaths, type FaqItem, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource, validate } from '../json-source.ts';
import { rtextPlain, readingField, snippet, titleRubyField } from '../search/plain-text.ts';
import { readText } from './files.ts';
import { checkUniqueIds, itemIdPath } from './unique.ts';
import type { ContentSource } from './types.ts';

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
 * FAQ search docs. Japanese only for now.
 */
export const faqSource: ContentSource = {
  name: 'faq',
  async load(ctx) {
    const main = await readFaqFile(ctx, 'faq.json');
    if (!main) return undefined;
    const fromConsole = await readFaqFile(ctx, 'from-console.json');
    const files = fromConsole ? [main, fromConsole] : [main];
    const located = files.flatMap(({ source, file }) => file.items.map((item, i) => ({ item, at: () => source.at(itemIdPath(i)) })));
    checkUniqueIds(located.map(({ item }) => item.id), (i) => located[i]!.at(), ctx.errors);

    const items: FaqItem[] = located.map(({ item }) => ({
      id: item.id,
      category: item.category,
      question: ctx.annotate(item.question, 'ja'),
      answer: ctx.annotate(item.answer, 'ja'),
      tags: item.tags,
    }));
    return {
      name: 'faq',
      ids: new Set(items.map((item) => item.id)),
      refs: [],
      counts: { faq: items.length },
      sample: main.file.sample,
      documents: () => [{ path: packPaths.faq, value: items }],
      searchDocs: () => items.map(faqSearchDoc),
    };
  },
};

function faqSearchDoc(item: FaqItem): SearchDoc {
  const answer = rtextPlain(item.answer);
  return {
    id: `faq:${item.id}:ja`,
    kind: 'faq',
    docId: item.id,
    lang: 'ja',
    category: item.category,
    title: rtextPlain(item.question),
    snippet: snippet(answer),
    body: [answer, item.tags.join(' ')].join('\n'),
    ...readingField(item.question),
    ...titleRubyField(item.question),
  };
}

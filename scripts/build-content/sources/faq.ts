import { join } from 'node:path';
import { faqFileSchema } from '../../../src/lib/content/schema/faq.ts';
import { packPaths, type FaqItem, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource, validate } from '../json-source.ts';
import { rtextPlain, readingField, snippet, titleRubyField } from '../search/plain-text.ts';
import { readText } from './files.ts';
import { checkUniqueIds, itemIdPath } from './unique.ts';
import type { ContentSource } from './types.ts';

/** content/faq/faq.json → faq.json (FaqItem[]) and the FAQ search docs. Japanese only for now. */
export const faqSource: ContentSource = {
  name: 'faq',
  async load(ctx) {
    const path = join(ctx.contentDir, 'faq', 'faq.json');
    const text = await readText(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (text === undefined) return undefined;
    const source = parseJsonSource(text, ctx.display(path), ctx.errors);
    const file = source && validate(faqFileSchema, source, ctx.errors);
    if (!source || !file) return undefined;
    checkUniqueIds(file.items.map((item) => item.id), (i) => source.at(itemIdPath(i)), ctx.errors);

    const items: FaqItem[] = file.items.map((item) => ({
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
      sample: file.sample,
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

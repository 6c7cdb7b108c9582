import { join } from 'node:path';
import { ordinanceFileSchema } from '../../../src/lib/content/schema/ordinance.ts';
import { packPaths, type OrdinanceDoc, type OrdinanceSummary, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource, validate } from '../json-source.ts';
import { rtextPlain, snippet, readingField, titleRubyField } from '../search/plain-text.ts';
import { listFiles, readText } from './files.ts';
import type { ContentSource } from './types.ts';

/** content/ordinances/<id>.json → ordinances/index.json, ordinances/<id>.json, search docs. */
export const ordinancesSource: ContentSource = {
  name: 'ordinances',
  async load(ctx) {
    const dir = join(ctx.contentDir, 'ordinances');
    const names = await listFiles(dir, '.json');
    if (!names) return undefined;
    const docs: OrdinanceDoc[] = [];
    for (const name of names) {
      const path = join(dir, name);
      const source = parseJsonSource(await readText(path), ctx.display(path), ctx.errors);
      const file = source && validate(ordinanceFileSchema, source, ctx.errors);
      if (!source || !file) continue;
      const expectedId = name.replace(/\.json$/, '');
      if (file.id !== expectedId) ctx.errors.add(source.at(['id']), `expected "${expectedId}" (the file name) got "${file.id}"`);
      const a = (value: string) => ctx.annotate(value, 'ja');
      docs.push({
        id: file.id,
        number: file.number,
        title: a(file.title),
        promulgated: file.promulgated,
        note: a(file.note),
        articles: file.articles.map((article) => ({
          number: article.number,
          caption: article.caption,
          paragraphs: article.paragraphs.map(a),
        })),
        sample: file.sample,
      });
    }
    const index: OrdinanceSummary[] = docs.map((doc) => ({
      id: doc.id,
      number: doc.number,
      title: doc.title,
      promulgated: doc.promulgated,
      articleCount: doc.articles.length,
    }));
    return {
      name: 'ordinances',
      ids: new Set(docs.map((doc) => doc.id)),
      refs: [],
      counts: { ordinances: docs.length },
      sample: docs.some((doc) => doc.sample),
      documents: () => [
        { path: packPaths.ordinanceIndex, value: index },
        ...docs.map((doc) => ({ path: packPaths.ordinance(doc.id), value: doc })),
      ],
      searchDocs: () => docs.map(ordinanceSearchDoc),
    };
  },
};

function ordinanceSearchDoc(doc: OrdinanceDoc): SearchDoc {
  const articles = doc.articles.map((a) => [a.number, a.caption, ...a.paragraphs.map(rtextPlain)].join(' '));
  return {
    id: `ordinances:${doc.id}:ja`,
    kind: 'ordinances',
    docId: doc.id,
    lang: 'ja',
    category: 'ordinance',
    title: rtextPlain(doc.title),
    // The note is the same sample disclaimer everywhere; the first article says what it is about.
    snippet: snippet(doc.articles[0]?.paragraphs.map(rtextPlain).join(' ') ?? rtextPlain(doc.note)),
    body: [doc.number, ...articles].join('\n'),
    ...readingField(doc.title),
    ...titleRubyField(doc.title),
  };
}

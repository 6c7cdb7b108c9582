import { join } from 'node:path';
import { contentLanguages, packPaths, type ContentLanguage, type GuideDoc, type GuideIndexEntry, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { blocksPlain, rtextPlain, readingField, snippet, titleRubyField } from '../search/plain-text.ts';
import { listFiles, readText } from './files.ts';
import { guideFileLanguage, loadGuideFile, type LoadedGuide } from './guide-file.ts';
import type { ContentSource, SourceContext } from './types.ts';
import { digestSearchDoc, digestSearchId, loadGuideDigests, type GuideDigests } from './guide-digests.ts';

/** content/guides/*.md → guides/<id>.<lang>.json (each with its search segment), guides/index.json and the guides search docs. */
export const guidesSource: ContentSource = {
  name: 'guides',
  async load(ctx) {
    const dir = join(ctx.contentDir, 'guides');
    const names = await listFiles(dir, '.md');
    if (!names) return undefined;
    const loaded: LoadedGuide[] = [];
    for (const name of names) {
      const guide = loadGuideFile(await readText(join(dir, name)), name, join(dir, name), ctx);
      if (guide) loaded.push(guide);
    }
    // Ids come from file names, so one broken guide does not make every link to it an error too.
    const files = names.map(guideFileLanguage).filter((f) => f.lang !== undefined);
    const ids = new Set(files.map((f) => f.id));
    checkTranslations(loaded, new Set(files.filter((f) => f.lang === 'ja').map((f) => f.id)), ctx);
    const docs = loaded.map((g) => g.doc);
    const digests = await loadGuideDigests(ctx, docs);
    const index = guideIndex(docs, digests);
    const digestDocs = index.flatMap((entry) => Object.entries(entry.digests ?? {}).map(([lang, digest]) =>
      ({ entry, lang: lang as ContentLanguage, digest: digest! })));
    return {
      name: 'guides',
      ids,
      refs: loaded.flatMap((g) => g.refs),
      counts: { guides: ids.size, guideTranslations: docs.length - ids.size },
      asOf: docs.map((d) => d.updated).sort().at(-1),
      sample: docs.some((d) => d.sample),
      documents: () => [
        { path: packPaths.guideIndex, value: index },
        ...docs.map((doc) => ({ path: packPaths.guide(doc.id, doc.lang), value: doc, searchId: guideSearchId(doc) })),
        // A digest's file carries only its search segment, so one edited digest changes one object.
        ...digestDocs.map(({ entry, lang }) => ({ path: packPaths.guideDigest(entry.id, lang), value: { id: entry.id, lang }, searchId: digestSearchId(entry.id, lang) })),
      ],
      searchDocs: () => [...docs.map(guideSearchDoc), ...digestDocs.map(({ entry, lang, digest }) => digestSearchDoc(entry.id, lang, digest, entry.category))],
    };
  },
};

/** Every translation needs its Japanese original, and the same category (the index has one). */
function checkTranslations(guides: LoadedGuide[], originalFiles: ReadonlySet<string>, ctx: SourceContext): void {
  const originals = new Map(guides.filter((g) => g.doc.lang === 'ja').map((g) => [g.doc.id, g]));
  for (const guide of guides) {
    if (guide.doc.lang === 'ja') continue;
    const original = originals.get(guide.doc.id);
    if (!originalFiles.has(guide.doc.id)) {
      ctx.errors.add({ file: guide.file, line: 1, col: 1 }, `translation without a Japanese original: add ${guide.doc.id}.md`);
    } else if (original && original.doc.category !== guide.doc.category) {
      ctx.errors.add(guide.categoryAt, `expected "${original.doc.category}" as in ${original.file} got "${guide.doc.category}"`);
    } else if (original && guide.doc.translation && guide.doc.translation.source > original.doc.updated) {
      // Older is stale (the coverage report lists it); newer names a version that never existed.
      ctx.errors.add(guide.sourceAt, `expected the updated date of ${original.file} (${original.doc.updated}) or an earlier one, got ${guide.doc.translation.source}`);
    }
  }
}

function guideIndex(docs: GuideDoc[], digests: GuideDigests): GuideIndexEntry[] {
  const byId = new Map<string, GuideDoc[]>();
  for (const doc of docs) byId.set(doc.id, [...(byId.get(doc.id) ?? []), doc]);
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, versions]) => {
      const ordered = [...versions].sort((a, b) => contentLanguages.indexOf(a.lang) - contentLanguages.indexOf(b.lang));
      const original = ordered.find((d) => d.lang === 'ja') ?? ordered[0];
      return {
        id,
        category: original?.category ?? 'kiosk',
        updated: ordered.map((d) => d.updated).sort().at(-1) ?? '',
        langs: ordered.map((d) => d.lang),
        title: Object.fromEntries(ordered.map((d) => [d.lang, d.title])),
        summary: Object.fromEntries(ordered.map((d) => [d.lang, d.summary])),
        ...(digests.has(id) ? { digests: digests.get(id) } : {}),
      };
    });
}

/** A guide's search document, whose segment the build embeds in the guide's own file. */
const guideSearchId = (doc: GuideDoc) => `guides:${doc.id}:${doc.lang}`;

function guideSearchDoc(doc: GuideDoc): SearchDoc {
  return {
    id: guideSearchId(doc),
    kind: 'guides',
    docId: doc.id,
    lang: doc.lang,
    category: doc.category,
    title: rtextPlain(doc.title),
    snippet: snippet(rtextPlain(doc.summary)),
    body: [rtextPlain(doc.summary), doc.tags.join(' '), blocksPlain(doc.blocks)].join('\n'),
    ...readingField(doc.title, doc.summary),
    ...titleRubyField(doc.title),
  };
}

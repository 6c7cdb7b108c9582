import { join } from 'node:path';
import { contentLanguages, type ContentLanguage, type GuideDigest, type GuideDoc, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { guideDigestFileSchema } from '../../../src/lib/content/schema/guide-digest.ts';
import { parseJsonSource, validate } from '../json-source.ts';
import { snippet } from '../search/plain-text.ts';
import { listFiles, readText } from './files.ts';
import type { SourceContext } from './types.ts';

/** Per guide id, its digests by language. */
export type GuideDigests = Map<string, Partial<Record<ContentLanguage, GuideDigest>>>;

/**
 * content/guide-digests/<lang>.json (see schema/guide-digest.ts). A digest must name a
 * guide with a Japanese original, and a language the guide is not translated into: where
 * the full translation exists, the digest would never be shown.
 */
export async function loadGuideDigests(ctx: SourceContext, docs: readonly GuideDoc[]): Promise<GuideDigests> {
  const digests: GuideDigests = new Map();
  const dir = join(ctx.contentDir, 'guide-digests');
  const names = (await listFiles(dir, '.json')) ?? [];
  const originals = new Set(docs.filter((d) => d.lang === 'ja').map((d) => d.id));
  const translated = new Set(docs.map((d) => `${d.id}.${d.lang}`));
  for (const name of names) {
    const path = join(dir, name);
    const file = ctx.display(path);
    const lang = contentLanguages.find((l) => `${l}.json` === name && l !== 'ja');
    if (!lang) {
      ctx.errors.add({ file, line: 1, col: 1 }, `file name: expected <lang>.json with lang one of ${contentLanguages.filter((l) => l !== 'ja').join(', ')}`);
      continue;
    }
    const source = parseJsonSource(await readText(path), file, ctx.errors);
    const entries = source && validate(guideDigestFileSchema, source, ctx.errors);
    if (!source || !entries) continue;
    for (const [id, digest] of Object.entries(entries)) {
      if (!originals.has(id)) ctx.errors.add(source.at([id]), `expected the id of a guide with a Japanese original (content/guides/${id}.md) got "${id}"`);
      else if (translated.has(`${id}.${lang}`)) ctx.errors.add(source.at([id]), `guides/${id}.${lang}.md is a full translation: remove this digest`);
      else digests.set(id, { ...digests.get(id), [lang]: digest });
    }
  }
  return digests;
}

/** A digest's search document: the guide found by its title and summary in the reader's language. */
export function digestSearchDoc(id: string, lang: ContentLanguage, digest: GuideDigest, category: string): SearchDoc {
  return {
    id: digestSearchId(id, lang), kind: 'guides', docId: id, lang, category,
    title: digest.title, snippet: snippet(digest.summary), body: digest.summary,
  };
}

export const digestSearchId = (id: string, lang: ContentLanguage) => `guides:${id}:${lang}`;

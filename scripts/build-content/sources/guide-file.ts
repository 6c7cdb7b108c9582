import { guideFrontMatterSchema } from '../../../src/lib/content/schema/guide.ts';
import { contentLanguages, type ContentLanguage, type GuideDoc } from '../../../src/lib/content/pack-types.ts';
import { validate } from '../json-source.ts';
import { splitFrontMatter } from '../markdown/front-matter.ts';
import { markdownToBlocks } from '../markdown/to-blocks.ts';
import type { Location } from '../report.ts';
import type { Ref, SourceContext } from './types.ts';

export interface LoadedGuide {
  doc: GuideDoc;
  file: string;
  refs: Ref[];
  /** Where the front matter says `category`: translations must agree with the original. */
  categoryAt: Location;
  /** Where the front matter says `source`: it must name a version the original has had. */
  sourceAt: Location;
}

const fileName = /^([^.]+)(?:\.([^.]+))?\.md$/;

/** `juminhyo-copy.md` is the Japanese original, `juminhyo-copy.en.md` its English version. */
export function guideFileLanguage(name: string): { id: string; lang: ContentLanguage | undefined } {
  const match = fileName.exec(name);
  if (!match) return { id: name, lang: undefined };
  const [, id = name, suffix] = match;
  if (suffix === undefined) return { id, lang: 'ja' };
  const lang = contentLanguages.find((l) => l === suffix && l !== 'ja');
  return { id, lang };
}

export function loadGuideFile(text: string, name: string, path: string, ctx: SourceContext): LoadedGuide | undefined {
  const file = ctx.display(path);
  const { id, lang } = guideFileLanguage(name);
  if (!lang) {
    const suffixes = contentLanguages.filter((l) => l !== 'ja').join(', ');
    ctx.errors.add({ file, line: 1, col: 1 }, `file name: expected <id>.md or <id>.<lang>.md with lang one of ${suffixes}`);
    return undefined;
  }
  const source = splitFrontMatter(text, file, ctx.errors);
  if (!source) return undefined;
  const front = validate(guideFrontMatterSchema, source.frontMatter, ctx.errors);
  const body = markdownToBlocks(source.body, lang, ctx.annotate);
  for (const problem of body.problems) ctx.errors.add(source.bodyAt(problem.offset), problem.message);
  if (!front) return undefined;
  if (lang === 'ja' && (front.source !== undefined || front.checked !== undefined)) {
    ctx.errors.add(source.frontMatter.at([front.source !== undefined ? 'source' : 'checked']), 'expected no source or checked on a Japanese original: only translations say what they were made from');
  } else if (lang !== 'ja' && (front.source === undefined || front.checked === undefined)) {
    ctx.errors.add({ file, line: 1, col: 1 }, 'expected a translation to say what it was made from: add `source: <the updated date of the Japanese guide>` and `checked: false` (true once a person has checked it)');
  }
  if (front.id !== id) {
    ctx.errors.add(source.frontMatter.at(['id']), `expected "${id}" (the file name) got "${front.id}"`);
  }

  const refs: Ref[] = [
    ...front.relatedForms.map((ref, i): Ref => ({ target: 'forms', id: ref, at: source.frontMatter.at(['relatedForms', i]) })),
    ...front.relatedFacilities.map((ref, i): Ref => ({ target: 'facilities', id: ref, at: source.frontMatter.at(['relatedFacilities', i]) })),
    ...body.guideLinks.map((link): Ref => ({ target: 'guides', id: link.id, at: source.bodyAt(link.offset, 'link') })),
  ];
  const a = (value: string) => ctx.annotate(value, lang);
  const doc: GuideDoc = {
    id,
    lang,
    title: a(front.title),
    summary: a(front.summary),
    category: front.category,
    tags: front.tags,
    updated: front.updated,
    department: a(front.department),
    relatedForms: front.relatedForms,
    relatedFacilities: front.relatedFacilities,
    blocks: body.blocks,
    sample: front.sample,
    ...(lang !== 'ja' && front.source !== undefined ? { translation: { source: front.source, checked: front.checked ?? false } } : {}),
  };
  return { doc, file, refs, categoryAt: source.frontMatter.at(['category']), sourceAt: source.frontMatter.at(['source']) };
}

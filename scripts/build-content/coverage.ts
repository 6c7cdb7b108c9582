/**
 * How much of the content exists in each language (issue 18 §3), from the pack documents
 * the build is about to write: printed by `npm run content` as a table language × kind,
 * with the translations whose Japanese source changed after them, and the disaster guides
 * each language is missing.
 */
import { contentLanguages, packPaths, type ContentLanguage, type EventItem, type FaqItem, type FormIndexEntry, type GuideDoc, type GuideIndexEntry, type TranslationMark } from '../../src/lib/content/pack-types.ts';
import type { PackDocument } from './sources/types.ts';

export const coverageKinds = ['guides', 'digests', 'FAQ', 'forms', 'events', 'notices'] as const;
export type CoverageKind = (typeof coverageKinds)[number];

export interface StaleTranslation { document: string; lang: ContentLanguage; translated: string; source: string }

export interface Coverage {
  counts: Record<ContentLanguage, Record<CoverageKind, number>>;
  stale: StaleTranslation[];
  /** Disaster guides (category "disaster") with no full translation, per language. */
  disasterGaps: Partial<Record<ContentLanguage, string[]>>;
  disasterGuides: string[];
}

/** Text kept as one string is Japanese only (events today); a record names its languages. */
function languagesOf(text: unknown): ContentLanguage[] {
  if (text && typeof text === 'object' && !Array.isArray(text)) return contentLanguages.filter((l) => typeof (text as Record<string, unknown>)[l] === 'string');
  return ['ja'];
}

export function contentCoverage(documents: readonly PackDocument[]): Coverage {
  const value = <T>(path: string): T | undefined => documents.find((d) => d.path === path)?.value as T | undefined;
  const counts = Object.fromEntries(contentLanguages.map((l) => [l, Object.fromEntries(coverageKinds.map((k) => [k, 0]))])) as Coverage['counts'];
  const add = (kind: CoverageKind, langs: readonly ContentLanguage[]) => langs.forEach((l) => { counts[l][kind] += 1; });

  const index = value<GuideIndexEntry[]>(packPaths.guideIndex) ?? [];
  const guides = new Map(documents.filter((d) => /^guides\/[^/]+\.[^.]+\.json$/.test(d.path) && (d.value as GuideDoc).blocks)
    .map((d) => [`${(d.value as GuideDoc).id}.${(d.value as GuideDoc).lang}`, d.value as GuideDoc]));
  const stale: StaleTranslation[] = [];
  const disasterGuides = index.filter((e) => e.category === 'disaster').map((e) => e.id);
  const disasterGaps: Coverage['disasterGaps'] = {};
  for (const entry of index) {
    add('guides', entry.langs);
    const source = guides.get(`${entry.id}.ja`)?.updated;
    for (const lang of entry.langs.filter((l) => l !== 'ja')) {
      const translated = guides.get(`${entry.id}.${lang}`)?.translation?.source;
      if (source && translated && translated < source) stale.push({ document: `guides/${entry.id}`, lang, translated, source });
    }
    for (const [lang, digest] of Object.entries(entry.digests ?? {}) as Array<[ContentLanguage, { source: string }]>) {
      add('digests', [lang]);
      if (source && digest.source < source) stale.push({ document: `guide-digests/${lang}: ${entry.id}`, lang, translated: digest.source, source });
    }
    if (entry.category === 'disaster') {
      for (const lang of contentLanguages.filter((l) => !entry.langs.includes(l))) disasterGaps[lang] = [...(disasterGaps[lang] ?? []), entry.id];
    }
  }
  /** Translations marked per language against one `updated` date of their Japanese (forms, FAQ entries). */
  const staleMarks = (document: string, updated: string | undefined, marks: Partial<Record<ContentLanguage, TranslationMark>> | undefined) => {
    for (const [lang, mark] of Object.entries(marks ?? {}) as Array<[ContentLanguage, TranslationMark]>) {
      if (updated && mark.source < updated) stale.push({ document, lang, translated: mark.source, source: updated });
    }
  };
  for (const item of value<FaqItem[]>(packPaths.faq) ?? []) {
    add('FAQ', ['ja', ...contentLanguages.filter((l) => item.translations?.[l])]);
    staleMarks(`faq/${item.id}`, item.updated, item.translations);
  }
  for (const form of value<FormIndexEntry[]>(packPaths.formIndex) ?? []) add('forms', languagesOf(form.title));
  for (const doc of documents.filter((d) => /^forms\/(?!index)[^/]+\.json$/.test(d.path))) {
    const def = (doc.value as { def?: { id: string; updated?: string; translations?: Partial<Record<ContentLanguage, TranslationMark>> } }).def;
    if (def) staleMarks(`forms/${def.id}`, def.updated, def.translations);
  }
  for (const item of value<EventItem[]>(packPaths.events) ?? []) add(item.category === 'event' ? 'events' : 'notices', languagesOf(item.title));
  return { counts, stale, disasterGaps, disasterGuides };
}

export function formatCoverage(coverage: Coverage): string[] {
  const header = ['language', ...coverageKinds, 'stale'];
  const rows = contentLanguages.map((lang) => [lang, ...coverageKinds.map((k) => String(coverage.counts[lang][k])), String(coverage.stale.filter((s) => s.lang === lang).length)]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const lines = [
    'content coverage by language (guides: full translations; digests: title and summary only; ja is the source)',
    line(header),
    ...rows.map(line),
  ];
  for (const s of coverage.stale) lines.push(`stale: ${s.document} (${s.lang}) translated from ${s.translated}, source changed ${s.source}`);
  const gaps = Object.entries(coverage.disasterGaps) as Array<[ContentLanguage, string[]]>;
  if (gaps.length === 0) lines.push(`disaster guides: all ${coverage.disasterGuides.length} in every language`);
  for (const [lang, ids] of gaps) lines.push(`disaster guides missing in ${lang}: ${ids.length} of ${coverage.disasterGuides.length} (${ids.join(', ')})`);
  return lines;
}

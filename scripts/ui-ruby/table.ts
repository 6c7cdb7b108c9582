import type { RText, Seg } from '../../src/lib/content/pack-types.ts';
import { annotateTemplate, localeStrings } from './template.ts';

/**
 * The ruby table of one locale file: the annotated form of each distinct string that
 * has something to show (furigana or phrase breaks). The text itself is not stored
 * apart: it is the segments' surfaces joined, which is how the app keys them.
 */
export function buildUiRubyTable(strings: unknown, annotate: (text: string) => RText): Seg[][] {
  const table: Seg[][] = [];
  for (const text of new Set(localeStrings(strings))) {
    const segs = annotateTemplate(text, annotate);
    if (segs) table.push(segs);
  }
  return table;
}

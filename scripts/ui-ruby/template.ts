import type { RText, Seg } from '../../src/lib/content/pack-types.ts';

/** i18next's interpolation marker, e.g. `{{count}}`: kept whole, never annotated or broken. */
const placeholder = /(\{\{[^{}]+\}\})/u;

/**
 * Annotates one UI string. A string with placeholders is annotated chunk by chunk
 * between them, so the analyser never sees (or splits) `{{count}}`, and the app can
 * match the interpolated text against the template later (src/i18n/ui-ruby.ts).
 * Returns undefined when there is nothing to add (no kanji, no phrase break).
 */
export function annotateTemplate(text: string, annotate: (text: string) => RText): Seg[] | undefined {
  const segs: Seg[] = [];
  let useful = false;
  for (const chunk of text.split(placeholder)) {
    if (chunk === '') continue;
    if (placeholder.test(chunk)) {
      segs.push([chunk]);
      continue;
    }
    const annotated = annotate(chunk);
    if (typeof annotated === 'string') {
      pushPlain(segs, annotated);
      continue;
    }
    useful = true;
    for (const seg of annotated) {
      if (seg.length === 1 && seg[0] !== '') pushPlain(segs, seg[0]);
      else segs.push(seg);
    }
  }
  return useful ? segs : undefined;
}

/** Joins runs of plain text into one segment (smaller tables); placeholders and breaks stay apart. */
function pushPlain(segs: Seg[], text: string): void {
  const last = segs[segs.length - 1];
  if (last && last.length === 1 && last[0] !== '' && !placeholder.test(last[0])) last[0] += text;
  else segs.push([text]);
}

/** Every string value in a locale file (nested objects, plural forms), in file order. */
export function localeStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(localeStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(localeStrings);
  return [];
}

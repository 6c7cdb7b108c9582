import type { Seg } from '../lib/content/pack-types';

/**
 * The UI language's word cutter, for Thai, Khmer and Burmese (src/lib/text/word-runs.ts):
 * set by setLanguage, which loads it on demand, so the first screen's JS does not carry
 * it. UI strings (ui-ruby.ts) and content (src/ui/rtext.tsx) in such a language are cut
 * into words; content is only ever in the UI language or in Japanese, which it leaves alone.
 */
let cutter: ((text: string) => Seg[] | undefined) | undefined;

export function setWordCutter(cut: typeof cutter): void {
  cutter = cut;
}

/** The text as words when the UI language needs it, otherwise undefined. */
export function cutWords(text: string): Seg[] | undefined {
  return cutter?.(text);
}

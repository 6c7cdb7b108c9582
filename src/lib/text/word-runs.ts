import { phraseBreak, spacelessScript, type Seg } from '../content/pack-types';

/**
 * Word boundaries for Thai, Khmer and Burmese, which put no spaces between words.
 * Chromium's line breaker finds its own places inside these scripts, and they are not
 * always word boundaries (…កម្ពស់រ|លក…, …သတိပေး|ချက်…); neither `<wbr>` nor `word-break:
 * keep-all` stops it. So the text is cut into words with the browser's own Intl.Segmenter
 * and each word is kept on one line (`.word` in src/ui/rtext.tsx), a `<wbr>` between words.
 * Loaded on demand when the UI language is one of them (i18n/word-cutter.ts).
 *
 * Cut in the browser, not by the content build: Node's ICU and Chromium's disagree on Khmer
 * (measured: 587 of 1,030 Khmer texts segment differently under Node 20 and Chromium 156),
 * and a pack must not depend on which machine built it.
 *
 * A word carries the spaces before it and the punctuation around it (「(」 and 「)」, 「។」,
 * 「။」), so no line starts with a closing mark or ends with an opening one. Latin letters
 * and digits next to each other stay together (「60cm」, 「Wi-Fi」).
 */
const latin = /[\p{Script=Latin}\p{Nd}\-.]/u;
const segmenters = new Map<string, Intl.Segmenter>();

/** The text's words, which join back exactly to the text. */
export function wordRuns(text: string, lang: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  const runs: string[] = [];
  let current = '';
  let hasWord = false;
  let closed = false; // the run ends with a word or a closing mark: a word after it starts a new run
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const space = /^\s+$/u.test(segment);
    const opening = !isWordLike && !space && /^[\p{Ps}\p{Pi}]+$/u.test(segment);
    const cut = space || ((isWordLike === true || opening) && !(latin.test(segment.charAt(0)) && latin.test(current.slice(-1))));
    if (hasWord && closed && cut) {
      runs.push(current);
      current = '';
      hasWord = false;
    }
    current += segment;
    if (isWordLike) hasWord = true;
    closed = hasWord && !space && !opening;
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * Text with words of a spaceless script as segments: one per word, the phrase-break marker
 * between words; a single word too (the browser breaks inside a lone word in a narrow table
 * cell). Undefined for anything else (no such script in it, no Intl.Segmenter in this
 * browser): the browser breaks it as before.
 */
export function wordSegs(text: string, lang: string): Seg[] | undefined {
  if (!spacelessScript.test(text) || typeof Intl.Segmenter !== 'function') return undefined;
  return wordRuns(text, lang).flatMap((run, i) => (i === 0 ? [[run] as Seg] : [[...phraseBreak] as Seg, [run] as Seg]));
}

const MAX_CACHED = 4000;

/**
 * wordSegs for one language, remembered: every render of every text child asks again
 * (a display mode, read-aloud highlighting), and the same array keeps Preact's diff cheap.
 */
export function createWordCutter(lang: string): (text: string) => Seg[] | undefined {
  const cache = new Map<string, Seg[] | undefined>();
  return (text) => {
    if (cache.has(text)) return cache.get(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    const segs = wordSegs(text, lang);
    cache.set(text, segs);
    return segs;
  };
}

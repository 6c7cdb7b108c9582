import { isPhraseBreak, type ContentLanguage, type RText } from '../../src/lib/content/pack-types.ts';
import { createAnnotator, type AnnotatorOptions } from './annotator.ts';
import { withPhraseBreaks } from './phrases.ts';

/**
 * The shape of scripts/build-content's `annotate(text, lang)` hook. Japanese and やさしい
 * 日本語 get ruby; every other language (Chinese included: its hanzi must not get
 * Japanese readings) stays a plain string, and so does Japanese without any kanji,
 * which keeps packs small.
 */
export async function createContentAnnotate(options?: AnnotatorOptions): Promise<(text: string, lang: ContentLanguage) => RText> {
  const annotator = await createAnnotator(options);
  return (text, lang) => {
    if (lang !== 'ja' && lang !== 'ja-easy') return text;
    const segs = withPhraseBreaks(annotator.annotate(text));
    return segs.some((seg) => seg.length === 2 || isPhraseBreak(seg)) ? segs : text;
  };
}

import type { Block, ContentLanguage, Inline, RText } from '../../lib/content/pack-types';

/** One thing said in one breath: a paragraph, a heading, a list; `id` is what gets highlighted. */
export interface Utterance { id: string; text: string; lang: ContentLanguage }

const japanese = (lang: ContentLanguage) => lang === 'ja' || lang === 'ja-easy';

/**
 * The words a voice is given for a text. Japanese is spoken from the build-time readings
 * (kana) where there are any, so 小名浜 is おなはま and not こなはま; other languages, and
 * Japanese without readings, are spoken as written.
 */
export function spokenText(value: RText | undefined, lang: ContentLanguage): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.map((seg) => (japanese(lang) ? seg[1] ?? seg[0] : seg[0])).join('');
}

const inlinesText = (items: readonly Inline[], lang: ContentLanguage) => items.map((i) => spokenText(i.t, lang)).join('');

/** A pause between items a voice would otherwise run together. */
const pause = (lang: ContentLanguage) => (japanese(lang) ? '。' : '. ');

function blockText(block: Block, lang: ContentLanguage): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlinesText(block.text, lang);
    case 'list':
      return block.items.map((item) => inlinesText(item, lang)).join(pause(lang));
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map((cell) => inlinesText(cell, lang)).join('、')).join(pause(lang));
    case 'quote':
      return block.blocks.map((b) => blockText(b, lang)).join(pause(lang));
  }
}

/** The element id of a guide's block, shared by the renderer (for the highlight) and the reader. */
export const blockSpeechId = (prefix: string, index: number) => `${prefix}-${index}`;

/**
 * A page's blocks (or the range of them a section covers) as utterances in reading order;
 * blocks with nothing to say are skipped.
 */
export function blockUtterances(blocks: readonly Block[], lang: ContentLanguage, prefix: string, [start, end] = [0, blocks.length]): Utterance[] {
  return blocks
    .slice(start, end)
    .map((block, k) => ({ id: blockSpeechId(prefix, start + k), text: blockText(block, lang).trim(), lang }))
    .filter((u) => u.text !== '');
}

/**
 * The blocks of the section a heading opens: the heading and everything up to the next
 * heading of the same or a higher level. A block that is not a heading is its own section.
 */
export function sectionRange(blocks: readonly Block[], start: number): [number, number] {
  const first = blocks[start];
  if (first?.type !== 'heading') return [start, start + 1];
  const next = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= first.level);
  return [start, next === -1 ? blocks.length : next];
}

/** Plain RText fields (an FAQ answer, an article's paragraphs) as utterances with the given ids. */
export function textUtterances(items: ReadonlyArray<{ id: string; text: RText | undefined }>, lang: ContentLanguage): Utterance[] {
  return items.map(({ id, text }) => ({ id, text: spokenText(text, lang).trim(), lang })).filter((u) => u.text !== '');
}

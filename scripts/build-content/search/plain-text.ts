import type { Block, Inline, RText } from '../../../src/lib/content/pack-types.ts';

/** Plain text of pack data, for search bodies and result snippets (no ruby, no markup). */

export function rtextPlain(text: RText): string {
  return typeof text === 'string' ? text : text.map((seg) => seg[0]).join('');
}

export function inlinesPlain(inlines: readonly Inline[]): string {
  return inlines.map((inline) => rtextPlain(inline.t)).join('');
}

export function blocksPlain(blocks: readonly Block[]): string {
  return blocks.map(blockPlain).join('\n');
}

function blockPlain(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlinesPlain(block.text);
    case 'list':
      return block.items.map(inlinesPlain).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(inlinesPlain).join(' ')).join('\n');
    case 'quote':
      return blocksPlain(block.blocks);
  }
}

/** The first ~max characters, cut at a character (not a UTF-16 half), with an ellipsis. */
export function snippet(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** 名称_カナ is katakana; search matches readings in hiragana. */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The kana reading of annotated text (readings where the build computed them,
 * the text itself elsewhere), in hiragana: indexed so that 「ひなんじょ」 finds 避難所.
 * Empty when the text carries no readings (not Japanese, or no kanji).
 */
/** A title's furigana for the search results, when the build gave it readings. */
export function titleRubyField(title: RText): { titleRuby?: string } {
  return typeof title !== 'string' && title.some((seg) => seg.length === 2) ? { titleRuby: JSON.stringify(title) } : {};
}

export function readingField(...texts: RText[]): { reading?: string } {
  const annotated = texts.filter((t): t is Exclude<RText, string> => typeof t !== 'string');
  if (annotated.length === 0) return {};
  return { reading: annotated.map((t) => katakanaToHiragana(t.map((seg) => seg[1] ?? seg[0]).join(''))).join(' ') };
}

import { normalize } from './normalize';

const squash = (text: string) => normalize(text).replace(/\s+/g, '');

/**
 * Whether `query` occurs in any of `texts`, read loosely: full or half width, katakana or
 * hiragana, spaces or none (「おなはま」 finds 小名浜 by its reading オナハマ). An empty query matches all.
 */
export function kanaIncludes(query: string, texts: readonly (string | undefined)[]): boolean {
  const q = squash(query);
  if (q === '') return true;
  return texts.some((text) => text !== undefined && squash(text).includes(q));
}

/**
 * Character classes and kana conversion used by every stage of the annotator.
 * Readings travel through the pipeline in katakana (IPADIC and the dictionaries
 * use it); Seg readings are hiragana, so conversion happens only at the edge.
 */

/** Ideographs plus the marks that behave like them in a word: 々 (repeat), 〆, 〇 (zero). */
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}々〆〇]/u;

/** Small ヶ/ヵ are read as part of the surrounding kanji (3ヶ月 = サンカゲツ, 関ヶ原 = セキガハラ). */
const KANJI_LIKE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}々〆〇ヶヵ]/u;

export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

export function isKanjiLike(char: string): boolean {
  return KANJI_LIKE.test(char);
}

export function isKana(char: string): boolean {
  return /^[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff]$/u.test(char);
}

export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309d\u309e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Full-width katakana, ー and the middle dot: what a dictionary reading may contain. */
export function isKatakanaReading(text: string): boolean {
  return /^[\u30a1-\u30fa\u30fc・]+$/u.test(text);
}

/**
 * A reading as supplied by an outside source (名称_カナ columns are often half-width or
 * spaced: "ｲﾜｷ ｼﾔｸｼｮ"): NFKC, no spaces, katakana.
 */
export function normaliseReading(text: string): string {
  return toKatakana(text.normalize('NFKC').replace(/\s+/gu, ''));
}

/**
 * The one spelling that catalogue text and a query are both folded to before they are
 * compared, so 「ほしのおうじさま」, 「ホシノ オウジサマ」 and 「ﾎｼﾉｵｳｼﾞｻﾏ」 meet, and a Latin
 * title matches whatever case or accents were typed. Import and search must use the same
 * function: the database compares these keys byte for byte (SQLite FTS5 and PostgreSQL
 * LIKE alike), which is what makes both give the same results.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    // Latin accents: café → cafe.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[ぁぃぅぇぉっゃゅょゎゕゖ]/g, (c) => SMALL_TO_LARGE[c] ?? c)
    .replace(/[ぢづはへをゔ]/g, (c) => SOUND_FOLDS[c] ?? c)
    // Spaces, punctuation and symbols say nothing about which book is meant; they also
    // keep LIKE's wildcards (% _) and our field separator out of every key and query.
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Catalogue readings follow the cataloguing rules (NCR): small kana are written large
 * and particles as they sound (は → ワ, へ → エ, を → オ), so 「わがはいはねこである」
 * is catalogued as ワガハイ ワ ネコ デアル. Folding the same way on both sides lets a
 * citizen type either spelling.
 */
const SMALL_TO_LARGE: Record<string, string> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};
const SOUND_FOLDS: Record<string, string> = { ぢ: 'じ', づ: 'ず', は: 'わ', へ: 'え', を: 'お', ゔ: 'ぶ' };

/** Separates a record's fields in its stored key; searchKey never lets it into a query. */
export const FIELD_SEPARATOR = '|';

/** True for a query of Latin letters and digits only: the only kind a typo is forgiven in. */
export function isLatinKey(key: string): boolean {
  return /^[a-z0-9]+$/.test(key);
}

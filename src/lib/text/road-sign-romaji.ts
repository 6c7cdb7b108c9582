import { kanaToRomaji } from './kana-romaji';

/**
 * Kana → rōmaji as Japan's road signs write place names (国土交通省 / 日本道路協会
 * 『道路標識設置基準』: 修正ヘボン式 without long-vowel marks), which is what a visitor
 * will read on the signs around them:
 * - long vowels are not marked and not doubled: とうきょう Tokyo, おなはま Onahama,
 *   ちゅうおう Chuo, しょうがっこう shogakko (no macrons, no "oh", no "ou");
 * - ー (katakana long-vowel mark) is dropped the same way: センター senta;
 * - ん is always n, also before b, m, p: しんばし Shinbashi (not Shimbashi, which is the
 *   railway and passport convention);
 * - ん before a vowel or y takes a hyphen: しんよこはま Shin-yokohama;
 * - っ doubles the next consonant, t before ch: はっちょう Hatcho.
 * "ei", "ii" and "aa" are kept (めいじ Meiji, にいがた Niigata), as the signs do.
 */
export function roadSignRomaji(kana: string): string {
  const marked = kana
    .normalize('NFKC')
    .replace(/ー/g, '')
    .replace(/[んン](?=[あいうえおやゆよアイウエオヤユヨ])/g, 'ん-');
  return kanaToRomaji(marked).replace(/uu+/g, 'u').replace(/o[ou]+/g, 'o');
}

/**
 * Kana → rōmaji (simplified Hepburn, long vowels spelled out: "shougakkou"), so an
 * English or Vietnamese voice can say a Japanese place name instead of skipping the
 * kanji or spelling out "CJK ideograph". Input is the build-time kana reading.
 * Anything that is not kana passes through unchanged. road-sign-romaji.ts builds the
 * written form (Onahama, Shogakko) on top of it.
 *
 * A hand-written table rather than a package: Hepburn for the 100-odd kana is a fixed,
 * finished list, and the packages (wanakana, hepburn) are not installed; wanakana would
 * also spell long vowels ("toukyou") and have no road-sign mode, so the same post-processing
 * would still be needed, for several KB more in every chunk that names a place.
 */
const rows: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o', か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no', は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo', や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro', わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ん: 'n',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do', ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po', ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o',
};
/** Small ya/yu/yo after an i-row kana: き + ゃ → kya, し + ゃ → sha, ち + ゅ → chu. */
const small: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function kanaToRomaji(text: string): string {
  const chars = [...toHiragana(text.normalize('NFKC'))];
  let out = '';
  let doubleNext = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === 'っ') { doubleNext = true; continue; }
    if (c === 'ー') { out += /[aiueo]$/.exec(out)?.[0] ?? ''; continue; }
    let syllable = rows[c];
    if (syllable === undefined) { out += c; doubleNext = false; continue; }
    const next = chars[i + 1];
    const glide = next === undefined ? undefined : small[next];
    if (glide && syllable.endsWith('i') && syllable.length > 1) {
      const stem = syllable.slice(0, -1);
      syllable = /(sh|ch|j)$/.test(stem) ? stem + glide : `${stem}y${glide}`;
      i++;
    }
    if (doubleNext) syllable = (syllable.startsWith('ch') ? 't' : syllable[0]!) + syllable;
    doubleNext = false;
    out += syllable;
  }
  return out;
}

/**
 * Kana transforms for the on-screen keyboard: pure functions, no DOM.
 *
 * The ゛゜小 key cycles the character before the caret through its variants, the way
 * Japanese phone keyboards do: か→が→か, は→ば→ぱ→は, つ→っ→づ→つ, や→ゃ→や, う→ぅ→ゔ→う.
 * Katakana cycles the same way (カ→ガ, ウ→ゥ→ヴ).
 */

// Each string is one cycle, in the order the key steps through it.
const cycles = [
  'あぁ', 'いぃ', 'うぅゔ', 'えぇ', 'おぉ',
  'かが', 'きぎ', 'くぐ', 'けげ', 'こご',
  'さざ', 'しじ', 'すず', 'せぜ', 'そぞ',
  'ただ', 'ちぢ', 'つっづ', 'てで', 'とど',
  'はばぱ', 'ひびぴ', 'ふぶぷ', 'へべぺ', 'ほぼぽ',
  'やゃ', 'ゆゅ', 'よょ', 'わゎ',
] as const;

const next = new Map<string, string>();
for (const cycle of cycles) {
  const chars = [...cycle];
  chars.forEach((ch, i) => next.set(ch, chars[(i + 1) % chars.length] ?? ch));
}

// Hiragana ぁ (U+3041) … ゖ (U+3096) and the iteration marks ゝゞ sit exactly 0x60
// below their katakana twins ァ … ヶ and ヽヾ.
const kanaOffset = 0x60;
const isHiraganaCode = (c: number) => (c >= 0x3041 && c <= 0x3096) || c === 0x309d || c === 0x309e;
const isKatakanaCode = (c: number) => (c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe;

function mapCodes(text: string, test: (c: number) => boolean, delta: number): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += test(c) ? String.fromCodePoint(c + delta) : ch;
  }
  return out;
}

/** ひらがな → カタカナ; everything else (ー, punctuation, Latin) is left alone. */
export function toKatakana(text: string): string {
  return mapCodes(text, isHiraganaCode, kanaOffset);
}

/** カタカナ → ひらがな; everything else is left alone. */
export function toHiragana(text: string): string {
  return mapCodes(text, isKatakanaCode, -kanaOffset);
}

/**
 * The next variant of one kana: voiced (゛), semi-voiced (゜) or small. A character
 * without variants comes back unchanged, so callers can tell "nothing to do".
 */
export function cycleDakuten(ch: string): string {
  const direct = next.get(ch);
  if (direct) return direct;
  const asHiragana = toHiragana(ch);
  if (asHiragana === ch) return ch;
  const variant = next.get(asHiragana);
  return variant ? toKatakana(variant) : ch;
}

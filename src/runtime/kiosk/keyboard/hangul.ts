/**
 * Hangul composition for the on-screen keyboard (두벌식, the standard Korean layout): the
 * keys type jamo, and each jamo joins the syllable before the caret when Hangul allows it,
 * as a Korean IME does — ㅎ ㅏ ㄴ → 한, 한 + ㅏ → 하나, 고 + ㅏ → 과, 갑 + ㅅ → 값.
 * Pure functions on Unicode; no DOM.
 */

const initials = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
const vowels = [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'];
/** Index 0 is "no final consonant". */
const finals = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

const compoundVowels: Record<string, string> = {
  'ㅗㅏ': 'ㅘ', 'ㅗㅐ': 'ㅙ', 'ㅗㅣ': 'ㅚ', 'ㅜㅓ': 'ㅝ', 'ㅜㅔ': 'ㅞ', 'ㅜㅣ': 'ㅟ', 'ㅡㅣ': 'ㅢ',
};
const compoundFinals: Record<string, string> = {
  'ㄱㅅ': 'ㄳ', 'ㄴㅈ': 'ㄵ', 'ㄴㅎ': 'ㄶ', 'ㄹㄱ': 'ㄺ', 'ㄹㅁ': 'ㄻ', 'ㄹㅂ': 'ㄼ',
  'ㄹㅅ': 'ㄽ', 'ㄹㅌ': 'ㄾ', 'ㄹㅍ': 'ㄿ', 'ㄹㅎ': 'ㅀ', 'ㅂㅅ': 'ㅄ',
};
/** A compound final split back into its two consonants: 값 + ㅏ → 갑사. */
const splitFinals = new Map(Object.entries(compoundFinals).map(([pair, final]) => [final, [...pair] as [string, string]]));

const syllableBase = 0xac00;
const syllableCount = 11172;

interface Syllable { initial: number; vowel: number; final: number }

function decompose(ch: string): Syllable | undefined {
  const code = (ch.codePointAt(0) ?? 0) - syllableBase;
  if (ch.length !== 1 || code < 0 || code >= syllableCount) return undefined;
  return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
}

function compose({ initial, vowel, final }: Syllable): string {
  return String.fromCharCode(syllableBase + initial * 588 + vowel * 28 + final);
}

export const isJamo = (ch: string): boolean => ch !== '' && (initials.includes(ch) || vowels.includes(ch) || finals.includes(ch));

/**
 * What replaces `before` (the character before the caret) when `jamo` is typed after it,
 * or undefined when the jamo does not join it and is simply typed as the next character.
 */
export function joinJamo(before: string, jamo: string): string | undefined {
  const syllable = decompose(before);
  const vowel = vowels.indexOf(jamo);
  if (vowel < 0) {
    // A consonant: the final of an open syllable, or the second half of a compound final.
    if (!syllable) return undefined;
    if (syllable.final === 0) {
      const final = finals.indexOf(jamo);
      return final > 0 ? compose({ ...syllable, final }) : undefined;
    }
    const compound = compoundFinals[`${finals[syllable.final]}${jamo}`];
    return compound ? compose({ ...syllable, final: finals.indexOf(compound) }) : undefined;
  }
  if (!syllable) {
    // A consonant on its own takes the vowel: ㅎ + ㅏ → 하. A vowel on its own may compound: ㅗ + ㅏ → ㅘ.
    const initial = initials.indexOf(before);
    if (initial >= 0) return compose({ initial, vowel, final: 0 });
    return compoundVowels[`${before}${jamo}`];
  }
  if (syllable.final === 0) {
    const compound = compoundVowels[`${vowels[syllable.vowel]}${jamo}`];
    return compound ? compose({ ...syllable, vowel: vowels.indexOf(compound) }) : undefined;
  }
  // A vowel after a closed syllable takes its final consonant along: 한 + ㅏ → 하나, 값 + ㅏ → 갑사.
  const final = finals[syllable.final] ?? '';
  const split = splitFinals.get(final);
  const [kept, moved] = split ?? ['', final];
  const initial = initials.indexOf(moved);
  if (initial < 0) return undefined;
  return compose({ ...syllable, final: finals.indexOf(kept) }) + compose({ initial, vowel, final: 0 });
}

/** Shift on the Korean keyboard: the tense consonants and the two extra vowels. */
export const hangulShifted: Readonly<Record<string, string>> = {
  'ㅂ': 'ㅃ', 'ㅈ': 'ㅉ', 'ㄷ': 'ㄸ', 'ㄱ': 'ㄲ', 'ㅅ': 'ㅆ', 'ㅐ': 'ㅒ', 'ㅔ': 'ㅖ',
};

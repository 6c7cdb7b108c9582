/**
 * What the UI applies to a text box on blur, and what submission applies again
 * so staff always receive one spelling: full-width digits from a Japanese IME
 * (０９０), half-width katakana (ｲﾜｷ), hiragana typed into フリガナ.
 */

/** Dashes people type between digits, including ー (the IME's long-vowel mark, a common slip). */
export const dashClass = '\\-\\u2010-\\u2015\\u2212\\u30fc\\uff70';

/**
 * フリガナ as full-width katakana: half-width → full-width (NFKC), hiragana →
 * katakana, runs of spaces → one space. Kanji or Latin letters are left as they
 * are for the validator to point out.
 */
export function normalizeKana(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u3041-\u3096\u309d\u309e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Full-width katakana with ー, ・ (between parts of a foreign name) and spaces. */
export function isKatakana(input: string): boolean {
  return /^[\u30a1-\u30fe ]+$/.test(input) && input.trim() !== '';
}

/**
 * A name as typed, trimmed, with runs of spaces made one. Deliberately no NFKC:
 * it would rewrite compatibility kanji (神 U+FA19 → 神) that people use in their names.
 */
export function normalizePersonName(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

const postalPattern = new RegExp(`^(\\d{3})[${dashClass}]?(\\d{4})$`);

/** 〒９７０ー８０２６ → 970-8026; anything that is not a postal code comes back width-normalised. */
export function normalizePostalCode(input: string): string {
  const text = input.normalize('NFKC').replace(/^〒/, '').replace(/\s+/g, '');
  const match = postalPattern.exec(text);
  return match ? `${match[1]}-${match[2]}` : text;
}

export function isPostalCode(input: string): boolean {
  return /^\d{3}-\d{4}$/.test(normalizePostalCode(input));
}

/** ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ → taro@example.jp */
export function normalizeEmail(input: string): string {
  return input.normalize('NFKC').trim();
}

/**
 * A pragmatic address check: something@domain.tld with no spaces. The city only
 * needs to reach the person; the real test is the reply.
 */
export function isEmail(input: string): boolean {
  return input.length <= 254 && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(input);
}

/**
 * The フリガナ to show after the 氏名 box changed from `previous` to `name`: a name written
 * in kana alone (the kiosk keyboard has no kanji) is its own reading, so it is copied as
 * katakana instead of typed twice. A reading the citizen typed themselves is kept; one
 * that was only copied follows the name, and goes when the name gets a kanji.
 */
export function readingForName(name: string, previous: string, kana: string): string {
  const copied = kana === '' || kana === kanaOf(previous);
  if (!copied) return kana;
  return kanaOf(name);
}

/** The katakana reading of a kana-only name, or '' when it holds anything else (kanji, Latin). */
function kanaOf(name: string): string {
  const reading = normalizeKana(name);
  return isKatakana(reading) ? reading : '';
}

/**
 * Text normalisation and tokenisation shared by the index build (Node) and the
 * search worker (browser), so a query and a document meet on the same terms.
 *
 * normalise: NFKC (full/half width: ｶﾞ → ガ, ＡＢＣ１２３ → abc123), lower case,
 * Latin diacritics folded (Tiếng → tieng), katakana → hiragana, punctuation and
 * white space → one space between words.
 *
 * tokenise: a run of CJK characters (kanji, kana, hangul) becomes overlapping
 * character bigrams (避難所 → 避難, 難所), so Japanese needs no word splitter; a
 * one-character run is kept as it is. Any other run of letters and digits is a word.
 *
 * Hand-written loops rather than Unicode-property regular expressions: the index
 * build runs this over every document, and the loops are several times faster.
 * No runtime-specific imports: this runs in Node (content build) and in workers.
 */

/**
 * Kanji, kana (with ー), 々〆〇 and hangul, by code point; and Thai, Lao, Khmer and Myanmar,
 * written without spaces between words: bigrams find ขยะ inside การทิ้งขยะชิ้นใหญ่ the same way
 * in Node and in any browser, where a dictionary word splitter could differ between them.
 */
function isCjkCode(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff)
    || (c >= 0xa9e0 && c <= 0xa9ff) || (c >= 0xaa60 && c <= 0xaa7f)
    || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3005 && c <= 0x3007)
    || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x31f0 && c <= 0x31ff)
    || (c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff)
    || (c >= 0x20000 && c <= 0x3ffff);
}

type CharClass = 'keep' | 'mark' | 'separator';
const otherClasses = new Map<string, CharClass>();
/** Letters and digits stay, marks stay after a letter, everything else separates words. */
function classify(ch: string): CharClass {
  let found = otherClasses.get(ch);
  if (found === undefined) {
    found = /[\p{L}\p{N}]/u.test(ch) ? 'keep' : /\p{M}/u.test(ch) ? 'mark' : 'separator';
    otherClasses.set(ch, found);
  }
  return found;
}

/** Latin letters the decomposition does not reduce to a base letter. */
const latinSpecial: Record<string, string> = { 'đ': 'd', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe' };
const latinFolded = new Map<string, string>();
function foldLatin(ch: string): string {
  let folded = latinFolded.get(ch);
  if (folded === undefined) {
    folded = latinSpecial[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');
    latinFolded.set(ch, folded);
  }
  return folded;
}

const isAsciiWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isLatinCombining = (c: number) => c >= 0x0300 && c <= 0x036f;

/** Kept as they are, and most of any text: hiragana, kanji, a–z, 0–9. */
const isCommonKept = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3094) || isAsciiWordCode(c);

/** One character's replacement, or undefined to keep it. `previous` is the output so far's last code unit. */
function replacement(ch: string, c: number, previous: number): string | undefined {
  if (c < 0x80) return ' ';
  // Katakana → hiragana; ヵ ヶ (and small ゕ ゖ) are written for か け: 霞ヶ関 = 霞ケ関.
  if (c === 0x30f5 || c === 0x3095) return 'か';
  if (c === 0x30f6 || c === 0x3096) return 'け';
  if ((c >= 0x30a1 && c <= 0x30f4) || c === 0x30fd || c === 0x30fe) return String.fromCharCode(c - 0x60);
  if (c === 0x30a0 || c === 0x30fb || c === 0x309b || c === 0x309c) return ' '; // ゠ ・ ゛ ゜
  const stray = previous === 0x20 || Number.isNaN(previous);
  if (c === 0x3099 || c === 0x309a) return stray ? '' : undefined; // a voicing mark NFKC could not compose
  if (isCjkCode(c)) return undefined;
  if (((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) && c !== 0xd7 && c !== 0xf7) return foldLatin(ch); // not × ÷
  const kind = classify(ch);
  if (kind === 'keep') return undefined;
  if (kind === 'separator') return ' ';
  // A mark: dropped after a Latin letter (e + ◌́ → e) or where it has no letter (after a space).
  return stray || (isLatinCombining(c) && isAsciiWordCode(previous)) ? '' : undefined;
}

/**
 * Folds width, case, Latin diacritics and katakana, and turns each character that
 * is not a letter, digit or mark into a space without collapsing them, so the
 * highlighter can fold text piece by piece. Most callers want {@link normalize}.
 */
export function foldText(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    if (isCommonKept(s.charCodeAt(i))) continue;
    const c = s.codePointAt(i) as number;
    const width = c > 0xffff ? 2 : 1;
    const previous = i > copied ? s.charCodeAt(i - 1) : out.charCodeAt(out.length - 1);
    const replaced = replacement(width === 1 ? s[i] as string : s.slice(i, i + 2), c, previous);
    if (replaced !== undefined) {
      out += s.slice(copied, i) + replaced;
      copied = i + width;
    }
    i += width - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Normalised text: words separated by single spaces, no leading or trailing space. */
export function normalize(text: string): string {
  return foldText(text).replace(/ {2,}/g, ' ').trim();
}

/** True when the (normalised) term is made of CJK characters: its tokens are bigrams. */
export function isCjkTerm(term: string): boolean {
  const c = term.codePointAt(0);
  return c !== undefined && isCjkCode(c);
}

/** True when the character at `index` of normalised text belongs to a non-CJK word. */
export function isWordChar(text: string, index: number): boolean {
  const c = text.codePointAt(index);
  return c !== undefined && c !== 0x20 && !(c >= 0xdc00 && c <= 0xdfff) && !isCjkCode(c);
}

function pushBigrams(out: string[], run: string, withLastChar: boolean): void {
  // Slicing by UTF-16 unit is only right without surrogate pairs (𠮷 is one character).
  const chars = /[\ud800-\udfff]/.test(run) ? Array.from(run) : run;
  const length = chars.length;
  if (length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  if (withLastChar) out.push(chars[length - 1] as string);
}

function tokens(text: string, withLastChar: boolean): string[] {
  const s = normalize(text);
  const out: string[] = [];
  let start = 0;
  let cjk = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? (s.codePointAt(i) as number) : 0x20;
    const isSpace = c === 0x20;
    const isCjk = !isSpace && isCjkCode(c);
    if (i > start && (isSpace || isCjk !== cjk)) {
      const run = s.slice(start, i);
      if (cjk) pushBigrams(out, run, withLastChar);
      else out.push(run);
      start = i;
    }
    if (isSpace) start = i + 1;
    else if (i === start) cjk = isCjk;
    if (c > 0xffff) i++;
  }
  return out;
}

/**
 * Query tokens: bigrams of each CJK run (a one-character run as itself), and
 * words of everything else. `tokenize('ｺﾞﾐの日 Tiếng')` → ['ごみ', 'みの', 'の日', 'tieng'].
 */
export function tokenize(text: string): string[] {
  return tokens(text, false);
}

/** Fields short enough to index every character: a name ends with the word that matters. */
const shortFields: ReadonlySet<string> = new Set(['title', 'reading']);

/**
 * Index tokens: the query tokens, plus, in titles and readings, the last character
 * of every CJK run of two or more, so a one-character query (税) also finds a title
 * that ends with it (市民税): the search looks such a query up as a prefix, which
 * covers every other position. Bodies skip this: it would add 15 % to the index for
 * a character that ends a sentence.
 */
export function tokenizeForIndex(text: string, fieldName?: string): string[] {
  return tokens(text, fieldName !== undefined && shortFields.has(fieldName));
}

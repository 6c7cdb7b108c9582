import type { LanguageCode } from '../../../i18n/languages';

/**
 * Accent keys for the Latin keyboard: each puts a mark on the letter before the caret, so
 * Vietnamese (ế = e + ˆ + ´), Portuguese, Spanish and Filipino are typed without a
 * hardware keyboard. A mark joins only where Unicode has the accented letter as one
 * character (NFC); elsewhere the key does nothing rather than leave a stray mark.
 */
export type AccentName =
  | 'acute' | 'grave' | 'hookAbove' | 'tilde' | 'dotBelow'
  | 'circumflex' | 'breve' | 'horn' | 'diaeresis' | 'cedilla';

export const combiningMarks: Readonly<Record<AccentName, string>> = {
  acute: '\u0301', grave: '\u0300', hookAbove: '\u0309', tilde: '\u0303', dotBelow: '\u0323',
  circumflex: '\u0302', breve: '\u0306', horn: '\u031b', diaeresis: '\u0308', cedilla: '\u0327',
};

/** The marks each language writes, in the order its typists expect them. */
const accentsByLanguage: Partial<Record<LanguageCode, readonly AccentName[]>> = {
  // Vowel marks first (â ă ơ), then the five tones.
  vi: ['circumflex', 'breve', 'horn', 'acute', 'grave', 'hookAbove', 'tilde', 'dotBelow'],
  pt: ['acute', 'grave', 'circumflex', 'tilde', 'cedilla'],
  es: ['acute', 'tilde', 'diaeresis'],
  fil: ['tilde', 'acute', 'grave', 'circumflex'],
  id: ['acute', 'grave'],
};

/** Letters a language needs that no mark makes (đ is a d with a stroke, not a mark). */
const extraLetters: Partial<Record<LanguageCode, readonly string[]>> = {
  vi: ['đ'],
  es: ['¿', '¡'],
};

export function accentsFor(language: LanguageCode): readonly AccentName[] {
  return accentsByLanguage[language] ?? [];
}

export function extraLettersFor(language: LanguageCode): readonly string[] {
  return extraLetters[language] ?? [];
}

/**
 * The letter `before` with the accent added, or `before` itself when the two do not make
 * one character. A letter already carrying marks takes one more where Unicode has it:
 * ê + ´ → ế, ư + ̣ → ự.
 */
export function addAccent(before: string, accent: AccentName): string {
  if (!/^\p{L}$/u.test(before)) return before;
  const joined = (before + combiningMarks[accent]).normalize('NFC');
  return [...joined].length === 1 ? joined : before;
}

import { dashClass } from './text-normalize';

/**
 * Japanese phone numbers as people write them: 0246-22-1111, 090-1234-5678,
 * ０９０ー１２３４ー５６７８, 0246(22)1111, 09012345678, +81 90-1234-5678.
 * The rule is the number plan's: 10 digits for fixed lines (area code + local
 * number = 6 digits, then 4), 11 for mobile, IP and 0800 (0X0…).
 */

/** Digit-group lengths that exist, with hyphens or brackets between them. */
const tenDigitShapes = ['2-4-4', '3-3-4', '4-2-4', '5-1-4', '4-3-3'];
const elevenDigitShapes = ['3-4-4', '4-3-4'];
const separators = new RegExp(`[\\s()${dashClass}]+`);
const phoneCharacters = new RegExp(`^[\\d\\s()${dashClass}]+$`);

/** The digit groups of a phone number, or undefined when it has anything but digits and separators. */
function phoneGroups(input: string): string[] | undefined {
  const text = input
    .normalize('NFKC')
    .trim()
    // +81 (Japan's country code) stands for the leading 0: "+81 (0)90-…" or "+81-90-…".
    .replace(/^\+81[\s-]*(?:\(0\))?[\s-]*/, '0');
  if (!phoneCharacters.test(text)) return undefined;
  return text.split(separators).filter((g) => g !== '');
}

export function isJapanesePhone(input: string): boolean {
  const groups = phoneGroups(input);
  if (!groups || (groups.length !== 1 && groups.length !== 3)) return false;
  const digits = groups.join('');
  const shape = groups.map((g) => g.length).join('-');
  if (digits.length === 10) {
    // 0X0 numbers (mobile, IP) have 11 digits; 10 digits starting so are a digit short.
    return /^0[1-9]\d{8}$/.test(digits) && !/^0[2-9]0/.test(digits) && (groups.length === 1 || tenDigitShapes.includes(shape));
  }
  if (digits.length === 11) {
    return /^0[2-9]0\d{8}$/.test(digits) && (groups.length === 1 || elevenDigitShapes.includes(shape));
  }
  return false;
}

/** A valid number with ASCII digits and hyphens between the groups the person used; otherwise the input, width-normalised. */
export function normalizePhone(input: string): string {
  if (!isJapanesePhone(input)) return input.normalize('NFKC').trim();
  return (phoneGroups(input) ?? []).join('-');
}

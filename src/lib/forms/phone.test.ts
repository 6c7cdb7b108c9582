import { describe, expect, it } from 'vitest';
import { isJapanesePhone, normalizePhone } from './phone';

describe('Japanese phone numbers', () => {
  it.each([
    ['0246-22-1111', '0246-22-1111'],
    ['03-1234-5678', '03-1234-5678'],
    ['024-622-1111', '024-622-1111'],
    ['04992-2-1111', '04992-2-1111'],
    ['090-1234-5678', '090-1234-5678'],
    ['080-1234-5678', '080-1234-5678'],
    ['070-1234-5678', '070-1234-5678'],
    ['050-1234-5678', '050-1234-5678'],
    ['0120-123-456', '0120-123-456'],
    ['09012345678', '09012345678'],
    ['0246221111', '0246221111'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['０２４６－２２－１１１１', '0246-22-1111'],
    ['0246(22)1111', '0246-22-1111'],
    ['(0246) 22-1111', '0246-22-1111'],
    ['090 1234 5678', '090-1234-5678'],
    ['+81 90-1234-5678', '090-1234-5678'],
    ['+81 (0)246-22-1111', '0246-22-1111'],
  ])('accepts %s and sends it as %s', (input, sent) => {
    expect(isJapanesePhone(input)).toBe(true);
    expect(normalizePhone(input)).toBe(sent);
  });

  it.each([
    ['a digit short', '090-1234-567'],
    ['a digit too many', '0246-22-11111'],
    ['no leading 0', '1246221111'],
    ['a mobile prefix with 10 digits', '0901234567'],
    ['a fixed-line prefix with 11 digits', '02462211111'],
    ['groups that do not exist', '0246-2211-11'],
    ['two groups', '0246-221111'],
    ['letters', '0246-22-111a'],
    ['an extension', '0246-22-1111 内線 12'],
    ['nothing', ''],
  ])('refuses %s (%s)', (_, input) => {
    expect(isJapanesePhone(input)).toBe(false);
  });

  it('gives an invalid number back width-normalised so the person sees what they typed', () => {
    expect(normalizePhone(' ０９０ー１２３ ')).toBe('090ー123');
  });
});

import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../lib/content/phrasebook';
import { languageCodes } from '../../i18n/languages';
import { shownText, spokenPhrase } from './phrase-text';

/** The Japanese in Japanese and やさしい日本語, the Nepali in every other language. */
const text = (ja: Phrase['text']['ja'], ne: string): Phrase['text'] =>
  ({ ...Object.fromEntries(languageCodes.map((code) => [code, ne])), ja, 'ja-easy': ja }) as Phrase['text'];

const idDocument: Phrase = {
  id: 'id-document', category: 'residence', speaker: 'staff', expects: 'yes-no',
  reading: 'ほんにんかくにんしょるいをおもちですか',
  text: text([['本人', 'ほんにん'], ['確認', 'かくにん'], ['書類', 'しょるい'], ['をお'], ['持', 'も'], ['ちですか']], 'के तपाईंसँग परिचयपत्र छ?'),
};
const numberAnswer: Phrase = { id: 'number-answer', category: 'basics', speaker: 'either', value: 'number', reading: '{n}です', text: text('{n}です', '{n} हो।') };
const dateAnswer: Phrase = { id: 'date-answer', category: 'basics', speaker: 'either', value: 'date', reading: '{date}です', text: text('{date}です', '{date} हो।') };

describe('a phrase on each screen', () => {
  it('keeps the furigana of a phrase without a value', () => {
    expect(shownText(idDocument, { phrase: 'id-document' }, 'ja')).toBe(idDocument.text.ja);
  });

  it('puts the number in, in each reader\'s digits and without a separator', () => {
    expect(shownText(numberAnswer, { phrase: 'number-answer', n: 2026 }, 'ja')).toBe('2026です');
    expect(shownText(numberAnswer, { phrase: 'number-answer', n: 42 }, 'ne')).toBe('४२ हो।');
  });

  it('writes a date the way each reader does', () => {
    expect(shownText(dateAnswer, { phrase: 'date-answer', date: '2026-12-07' }, 'ja')).toBe('2026年12月7日です');
    expect(shownText(dateAnswer, { phrase: 'date-answer', date: '2026-12-07' }, 'en')).toMatch(/December 7, 2026/);
  });

  it('reads Japanese from the hand-written kana, other languages as written', () => {
    expect(spokenPhrase(idDocument, { phrase: 'id-document' }, 'ja')).toBe('ほんにんかくにんしょるいをおもちですか');
    expect(spokenPhrase(idDocument, { phrase: 'id-document' }, 'ne')).toBe('के तपाईंसँग परिचयपत्र छ?');
    expect(spokenPhrase(numberAnswer, { phrase: 'number-answer', n: 3 }, 'ja')).toBe('3です');
  });
});

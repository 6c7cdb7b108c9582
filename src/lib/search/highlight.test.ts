import { describe, expect, test } from 'vitest';
import { highlight } from './highlight.js';

const lit = (text: string, terms: string[]) =>
  highlight(text, terms).filter((part) => part.match).map((part) => part.text);

describe('highlight', () => {
  test('lights a kanji word through its overlapping bigrams', () => {
    expect(highlight('近くの避難所へ', ['避難', '難所'])).toEqual([
      { text: '近くの', match: false },
      { text: '避難所', match: true },
      { text: 'へ', match: false },
    ]);
  });

  test('keeps every character of the text, in order', () => {
    const text = 'ｶﾞｲﾄﾞ、Tiếng Việt 𠮷野家 (ABC)';
    expect(highlight(text, ['がい', 'viet', '𠮷野']).map((p) => p.text).join('')).toBe(text);
  });

  test('matches after normalisation: width, case, kana, diacritics', () => {
    expect(lit('ｶﾞｲﾄﾞﾌﾞｯｸ', ['がい', 'いど'])).toEqual(['ｶﾞｲﾄﾞ']);
    expect(lit('ヒナンジョ', ['ひな'])).toEqual(['ヒナ']);
    expect(lit('ＡＢＣ card', ['abc'])).toEqual(['ＡＢＣ']);
    expect(lit('Học tiếng Nhật', ['tieng'])).toEqual(['tiếng']);
    expect(lit('e\u0301cole', ['ecole'])).toEqual(['e\u0301cole']);
  });

  test('does not light what matched only through the reading', () => {
    expect(lit('避難所', ['ひな', 'なん', 'んじ', 'じょ'])).toEqual([]);
  });

  test('lights alphabetic terms as whole words only', () => {
    expect(lit('tax and syntax', ['tax'])).toEqual(['tax']);
    expect(lit('Wi-Fiスポット', ['fi', 'すぽ'])).toEqual(['Fiスポ']);
  });

  test('lights every occurrence, including overlapping ones', () => {
    expect(lit('ごみ、ごみごみ', ['ごみ', 'みご'])).toEqual(['ごみ', 'ごみごみ']);
  });

  test('gives the text unmarked without terms, and nothing for empty text', () => {
    expect(highlight('住民票', [])).toEqual([{ text: '住民票', match: false }]);
    expect(highlight('住民票', ['', '、'])).toEqual([{ text: '住民票', match: false }]);
    expect(highlight('', ['ごみ'])).toEqual([]);
  });
});

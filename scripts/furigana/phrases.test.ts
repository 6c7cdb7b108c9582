import { describe, expect, it } from 'vitest';
import { phraseBreaks, phraseSegs, withPhraseBreaks } from './phrases.ts';

describe('phrase breaks for line wrapping', () => {
  it('cuts a sentence into phrases that join back to it', () => {
    const text = '小名浜支所は午前八時三十分に開きます。';
    const phrases = phraseBreaks(text);
    expect(phrases).toEqual(['小名浜支所は', '午前八時三十分に', '開きます。']);
    expect(phrases.join('')).toBe(text);
  });

  it('keeps the phrases of spaced やさしい日本語 whole', () => {
    const text = '大きな さいがいの あとは、 電気や 水道が 止まる ことが あります。';
    const phrases = phraseBreaks(text);
    expect(phrases).toContain(' さいがいの');
    expect(phrases.join('')).toBe(text);
  });

  it('returns nothing for empty text', () => {
    expect(phraseBreaks('')).toEqual([]);
  });

  it('groups ruby segments by phrase without cutting a word that has a reading', () => {
    const groups = phraseSegs([['避難所', 'ひなんじょ'], ['の'], ['開設', 'かいせつ'], ['をお'], ['知', 'し'], ['らせします。']]);
    expect(groups).toEqual([
      [['避難所', 'ひなんじょ'], ['の']],
      [['開設', 'かいせつ'], ['を']],
      [['お'], ['知', 'し'], ['らせします。']],
    ]);
  });

  it('marks phrase boundaries in the segments with an empty segment, keeping the text and readings', () => {
    const segs = withPhraseBreaks([['避難所', 'ひなんじょ'], ['の'], ['開設', 'かいせつ'], ['をお'], ['知', 'し'], ['らせします。']]);
    expect(segs).toEqual([
      ['避難所', 'ひなんじょ'], ['の'], [''], ['開設', 'かいせつ'], ['を'], [''], ['お'], ['知', 'し'], ['らせします。'],
    ]);
    expect(segs.map((s) => s[0]).join('')).toBe('避難所の開設をお知らせします。');
  });

  it('leaves a single phrase, and phrases already split by spaces, without markers', () => {
    expect(withPhraseBreaks([['窓口', 'まどぐち']])).toEqual([['窓口', 'まどぐち']]);
    expect(withPhraseBreaks([['ひなんじょ へ にげる']])).toEqual([['ひなんじょ'], [' へ'], [' にげる']]);
  });
});

import { describe, expect, it } from 'vitest';
import { isEmail, isKatakana, isPostalCode, normalizeEmail, normalizeKana, normalizePersonName, normalizePostalCode, readingForName } from './text-normalize';

describe('フリガナ', () => {
  it('turns hiragana typed into the reading box into katakana', () => {
    expect(normalizeKana('いわき たろう')).toBe('イワキ タロウ');
    expect(normalizeKana('ゔぁいおりん')).toBe('ヴァイオリン');
  });

  it('widens half-width katakana and tidies spaces', () => {
    expect(normalizeKana('  ｲﾜｷ　　ﾀﾛｳ ')).toBe('イワキ タロウ');
    expect(normalizeKana('ｶﾞｯｺｳ')).toBe('ガッコウ');
  });

  it('accepts katakana with long vowels, spaces and the dot of foreign names', () => {
    expect(isKatakana('コーヒー ハナコ')).toBe(true);
    expect(isKatakana('ジョン・スミス')).toBe(true);
  });

  it('refuses kanji, Latin letters, hiragana and blanks', () => {
    for (const text of ['磐城', 'Taro', 'いわき', ' ', '']) expect(isKatakana(text), text).toBe(false);
  });
});

describe('names', () => {
  it('keeps compatibility kanji people write their names with', () => {
    expect(normalizePersonName(' 髙橋　\u{FA19}子 ')).toBe('髙橋 \u{FA19}子');
  });
});

describe('postal codes', () => {
  it('accepts a code with or without hyphen, in full width, with 〒', () => {
    for (const input of ['970-8026', '9708026', '９７０－８０２６', '〒970-8026', '〒 ９７０ー８０２６']) {
      expect(normalizePostalCode(input), input).toBe('970-8026');
      expect(isPostalCode(input), input).toBe(true);
    }
  });

  it('refuses codes of the wrong length or with letters', () => {
    for (const input of ['970-802', '97-08026', '970-80266', 'abc-defg', '']) expect(isPostalCode(input), input).toBe(false);
  });
});

describe('email addresses', () => {
  it('accepts an address typed in full width', () => {
    expect(normalizeEmail(' ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ')).toBe('taro@example.jp');
    expect(isEmail('taro.iwaki+city@example.co.jp')).toBe(true);
  });

  it('refuses addresses with no domain, no dot or spaces', () => {
    for (const input of ['taro', 'taro@', '@example.jp', 'taro@localhost', 'ta ro@example.jp', 'taro@example.', 'a@b@c.jp']) {
      expect(isEmail(input), input).toBe(false);
    }
  });
});

describe('the reading of a name typed in kana', () => {
  it('is copied as katakana, so a kiosk user does not type the same name twice', () => {
    expect(readingForName('いわき　たろう', 'いわき　たろ', 'イワキ タロ')).toBe('イワキ タロウ');
    expect(readingForName('い', '', '')).toBe('イ');
  });

  it('keeps a reading the citizen typed, and drops a copied one once the name has kanji', () => {
    expect(readingForName('いわき たろう', 'いわき たろ', 'イワキ タロ-')).toBe('イワキ タロ-');
    expect(readingForName('磐城 太郎', '', 'イワキ タロウ')).toBe('イワキ タロウ');
    expect(readingForName('磐城', 'いわき', 'イワキ')).toBe('');
    expect(readingForName('Nguyen', 'Nguye', '')).toBe('');
  });
});

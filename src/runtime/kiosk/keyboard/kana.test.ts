import { describe, expect, it } from 'vitest';
import { cycleDakuten, toHiragana, toKatakana } from './kana';

/** Presses the ゛゜小 key `times` times on one character. */
function press(ch: string, times: number): string[] {
  const seen: string[] = [];
  let current = ch;
  for (let i = 0; i < times; i += 1) {
    current = cycleDakuten(current);
    seen.push(current);
  }
  return seen;
}

describe('the voiced-mark / small-kana key', () => {
  it('voices a consonant and turns it back', () => {
    expect(press('か', 2)).toEqual(['が', 'か']);
    expect(press('し', 2)).toEqual(['じ', 'し']);
    expect(press('と', 2)).toEqual(['ど', 'と']);
  });

  it('steps は-row characters through ば and ぱ', () => {
    expect(press('は', 3)).toEqual(['ば', 'ぱ', 'は']);
    expect(press('ふ', 3)).toEqual(['ぶ', 'ぷ', 'ふ']);
  });

  it('makes つ small first, then voiced', () => {
    expect(press('つ', 3)).toEqual(['っ', 'づ', 'つ']);
  });

  it('makes や, ゆ, よ, わ and the vowels small', () => {
    expect(cycleDakuten('や')).toBe('ゃ');
    expect(cycleDakuten('ょ')).toBe('よ');
    expect(cycleDakuten('わ')).toBe('ゎ');
    expect(cycleDakuten('あ')).toBe('ぁ');
    expect(press('う', 3)).toEqual(['ぅ', 'ゔ', 'う']);
  });

  it('works the same on katakana', () => {
    expect(cycleDakuten('カ')).toBe('ガ');
    expect(press('ハ', 3)).toEqual(['バ', 'パ', 'ハ']);
    expect(press('ウ', 2)).toEqual(['ゥ', 'ヴ']);
    expect(cycleDakuten('ツ')).toBe('ッ');
  });

  it('leaves characters without variants unchanged', () => {
    for (const ch of ['な', 'ん', 'ー', '。', 'a', '1', '漢', 'ン']) expect(cycleDakuten(ch)).toBe(ch);
  });
});

describe('hiragana and katakana', () => {
  it('converts whole strings both ways and keeps other characters', () => {
    expect(toKatakana('いわきし ぱーく、ゔ')).toBe('イワキシ パーク、ヴ');
    expect(toHiragana('イワキシ パーク、ヴ')).toBe('いわきし ぱーく、ゔ');
    expect(toKatakana('abc 123 漢字')).toBe('abc 123 漢字');
  });

  it('round-trips every kana the keyboard can type', () => {
    const all = 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわをんゔ';
    expect(toHiragana(toKatakana(all))).toBe(all);
    expect(toKatakana(all)).not.toMatch(/[\u3041-\u3096]/);
  });
});

import { describe, expect, it } from 'vitest';
import { isJamo, joinJamo } from './hangul';

/** Types jamo one by one as the keyboard does: each joins the last character or follows it. */
function type(jamo: string): string {
  let text = '';
  for (const ch of jamo) {
    const last = text.at(-1) ?? '';
    const joined = last === '' ? undefined : joinJamo(last, ch);
    text = joined === undefined ? text + ch : text.slice(0, -1) + joined;
  }
  return text;
}

describe('Hangul composition', () => {
  it('builds syllables from initial, vowel and final', () => {
    expect(type('ㅎㅏㄴㄱㅜㄱㅇㅓ')).toBe('한국어');
    expect(type('ㅇㅣㅂㅜㅎㅣ')).toBe('이부히');
  });

  it('moves a final consonant to the next syllable when a vowel follows', () => {
    expect(type('ㅎㅏㄴㅏ')).toBe('하나');
    expect(type('ㅈㅜㅁㅣㄴㄷㅡㅇㄹㅗㄱ')).toBe('주민등록');
  });

  it('compounds vowels and finals, and splits a compound final before a vowel', () => {
    expect(type('ㄱㅗㅏ')).toBe('과');
    expect(type('ㅇㅜㅣ')).toBe('위');
    expect(type('ㄱㅏㅂㅅ')).toBe('값');
    expect(type('ㄱㅏㅂㅅㅣ')).toBe('갑시');
    expect(type('ㅇㅡㅣㅅㅏ')).toBe('의사');
  });

  it('leaves what cannot join as it is', () => {
    expect(joinJamo('a', 'ㅏ')).toBeUndefined();
    expect(joinJamo('가', 'ㄸ')).toBeUndefined(); // ㄸ is never a final
    expect(joinJamo('각', 'ㄱ')).toBeUndefined();
    expect(type('ㅏㅏ')).toBe('ㅏㅏ');
    expect(type('ㄱㄴ')).toBe('ㄱㄴ');
  });

  it('knows which keys are jamo', () => {
    expect(isJamo('ㄱ')).toBe(true);
    expect(isJamo('ㅏ')).toBe(true);
    expect(isJamo('가')).toBe(false);
    expect(isJamo('a')).toBe(false);
    expect(isJamo('')).toBe(false);
  });
});

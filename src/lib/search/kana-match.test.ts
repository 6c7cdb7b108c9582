import { describe, expect, it } from 'vitest';
import { kanaIncludes } from './kana-match';

describe('finding a name by what someone types', () => {
  it('finds by kanji, by the reading in hiragana or katakana, and in half width', () => {
    const texts = ['小名浜第一中学校', 'おなはまだいいちちゅうがっこう'];
    expect(kanaIncludes('小名浜', texts)).toBe(true);
    expect(kanaIncludes('おなはま', texts)).toBe(true);
    expect(kanaIncludes('オナハマ', texts)).toBe(true);
    expect(kanaIncludes('ｵﾅﾊﾏ', texts)).toBe(true);
    expect(kanaIncludes('だいいち ちゅう', texts)).toBe(true);
  });

  it('does not find what is not there, and an empty query matches everything', () => {
    expect(kanaIncludes('たいら', ['小名浜', 'おなはま'])).toBe(false);
    expect(kanaIncludes('  ', ['小名浜'])).toBe(true);
    expect(kanaIncludes('x', [undefined])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { kanaToRomaji } from './kana-romaji';

describe('place names an English voice can say', () => {
  it('spells readings in Hepburn with long vowels written out', () => {
    expect(kanaToRomaji('おなはまだいいちしょうがっこう')).toBe('onahamadaiichishougakkou');
    expect(kanaToRomaji('みさきこうえん')).toBe('misakikouen');
    expect(kanaToRomaji('ちゅうおう')).toBe('chuuou');
  });

  it('reads katakana, small kana, the long-vowel mark and ッ', () => {
    expect(kanaToRomaji('アクアマリンパーク')).toBe('akuamarinpaaku');
    expect(kanaToRomaji('きゃ ぎょ じゃ')).toBe('kya gyo ja');
    expect(kanaToRomaji('マッチ')).toBe('matchi');
  });

  it('leaves what is not kana alone', () => {
    expect(kanaToRomaji('いわき 1-2')).toBe('iwaki 1-2');
  });
});

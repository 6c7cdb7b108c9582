import { describe, expect, it } from 'vitest';
import { roadSignRomaji } from './road-sign-romaji';
import { placeNameLatin } from './place-latin';

describe('place names spelled as road signs spell them (修正ヘボン式, no long-vowel marks)', () => {
  it("spells Iwaki's places as its signs do", () => {
    expect(roadSignRomaji('おなはま')).toBe('onahama');
    expect(roadSignRomaji('いわき')).toBe('iwaki');
    expect(roadSignRomaji('ゆもと')).toBe('yumoto');
    expect(roadSignRomaji('なこそ')).toBe('nakoso');
    expect(roadSignRomaji('よつくら')).toBe('yotsukura');
    expect(roadSignRomaji('たいら')).toBe('taira');
  });

  it('writes long vowels neither with macrons nor doubled: Tokyo, Chuo, Joban, shogakko', () => {
    expect(roadSignRomaji('とうきょう')).toBe('tokyo');
    expect(roadSignRomaji('ちゅうおう')).toBe('chuo');
    expect(roadSignRomaji('じょうばん')).toBe('joban');
    expect(roadSignRomaji('うちごう')).toBe('uchigo');
    expect(roadSignRomaji('しょうがっこう')).toBe('shogakko');
    expect(roadSignRomaji('おおさか')).toBe('osaka');
    expect(roadSignRomaji('アクアマリンパーク')).toBe('akuamarinpaku');
    // Not long vowels: kept.
    expect(roadSignRomaji('めいじ')).toBe('meiji');
    expect(roadSignRomaji('にいがた')).toBe('niigata');
  });

  it('keeps ん as n before b, m and p, hyphenates it before a vowel or y, and doubles before ch with t', () => {
    expect(roadSignRomaji('しんばし')).toBe('shinbashi');
    expect(roadSignRomaji('ぐんま')).toBe('gunma');
    expect(roadSignRomaji('しんよこはま')).toBe('shin-yokohama');
    expect(roadSignRomaji('はっちょう')).toBe('hatcho');
    expect(roadSignRomaji('オナハマ')).toBe('onahama');
  });
});

describe('a place name in Latin script from its readings', () => {
  it('makes words of the furigana segments, keeping 第 with its number', () => {
    expect(placeNameLatin([['小名浜', 'おなはま'], ['第', 'だい'], ['一', 'いち'], ['小学校', 'しょうがっこう']])).toBe('Onahama Daiichi Shogakko');
    expect(placeNameLatin([['いわき'], ['陸上', 'りくじょう'], ['競技場', 'きょうぎじょう']])).toBe('Iwaki Rikujo Kyogijo');
    expect(placeNameLatin([['湯本', 'ゆもと'], [''], ['第', 'だい'], ['2'], ['中学校', 'ちゅうがっこう']])).toBe('Yumoto Dai2 Chugakko');
  });

  it('trusts 名称_カナ over segment readings that disagree with it', () => {
    const segments: [string, string][] = [['松ケ岡', 'まつけおか'], ['公園', 'こうえん']];
    expect(placeNameLatin(segments, 'マツガオカコウエン')).toBe('Matsugaokakoen');
    expect(placeNameLatin(segments, 'まつけおか こうえん')).toBe('Matsukeoka Koen');
    expect(placeNameLatin('平支所', 'タイラシショ')).toBe('Tairashisho');
  });

  it('gives no Latin name rather than a half-romanised one', () => {
    expect(placeNameLatin([['小名浜', 'おなはま'], ['鱻']])).toBeUndefined();
    expect(placeNameLatin('平支所')).toBeUndefined();
  });
});

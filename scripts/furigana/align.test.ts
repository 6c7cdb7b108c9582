import { describe, expect, it } from 'vitest';
import { alignReading } from './align.ts';

describe('okurigana alignment', () => {
  it('puts the reading on the kanji and leaves the okurigana bare', () => {
    expect(alignReading('食べる', 'タベル')).toEqual([['食', 'た'], ['べる']]);
    expect(alignReading('申し込み', 'モウシコミ')).toEqual([['申', 'もう'], ['し'], ['込', 'こ'], ['み']]);
    expect(alignReading('お持ち', 'オモチ')).toEqual([['お'], ['持', 'も'], ['ち']]);
    expect(alignReading('引っ越し', 'ヒッコシ')).toEqual([['引', 'ひ'], ['っ'], ['越', 'こ'], ['し']]);
  });

  it('gives a word without kanji no reading', () => {
    expect(alignReading('ください', 'クダサイ')).toEqual([['ください']]);
    expect(alignReading('センター', 'センター')).toEqual([['センター']]);
  });

  it('keeps kanji compounds and the repeat mark together', () => {
    expect(alignReading('避難所', 'ヒナンジョ')).toEqual([['避難所', 'ひなんじょ']]);
    expect(alignReading('人々', 'ヒトビト')).toEqual([['人々', 'ひとびと']]);
  });

  it('matches katakana and ・ in the surface against the reading', () => {
    expect(alignReading('いわき市医療センター', 'イワキシイリョウセンター')).toEqual([
      ['いわき'],
      ['市医療', 'しいりょう'],
      ['センター'],
    ]);
    expect(alignReading('久之浜・大久支所', 'ヒサノハマ・オオヒサシショ')).toEqual([
      ['久之浜', 'ひさのはま'],
      ['・'],
      ['大久支所', 'おおひさししょ'],
    ]);
  });

  it('lets a space in a facility name be absent from its 名称_カナ (one group; the annotator splits it)', () => {
    expect(alignReading('いわき市役所 本庁舎', 'イワキシヤクショホンチョウシャ')).toEqual([
      ['いわき'],
      ['市役所 本庁舎', 'しやくしょほんちょうしゃ'],
    ]);
  });

  it('joins a kana read differently from its spelling into the kanji run (松ケ岡 マツガオカ)', () => {
    expect(alignReading('松ケ岡', 'マツガオカ')).toEqual([['松ケ岡', 'まつがおか']]);
    expect(alignReading('沼ノ内', 'ヌマノウチ')).toEqual([['沼', 'ぬま'], ['ノ'], ['内', 'うち']]);
  });

  it('falls back to one group ruby when nothing lines up', () => {
    expect(alignReading('明日', 'アシタ')).toEqual([['明日', 'あした']]);
    expect(alignReading('食べる', 'ノム')).toEqual([['食べる', 'のむ']]);
  });
});

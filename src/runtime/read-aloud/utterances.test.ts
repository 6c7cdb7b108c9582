import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/content/pack-types';
import { blockUtterances, sectionRange, spokenText, textUtterances } from './utterances';

const blocks: Block[] = [
  { type: 'paragraph', text: [{ t: [['小名浜', 'おなはま'], ['支所', 'ししょ'], ['で'], [''], ['受', 'う'], ['け'], ['付', 'つ'], ['けます。']] }] },
  { type: 'heading', level: 2, id: 'need', text: [{ t: [['必要', 'ひつよう'], ['なもの']] }] },
  { type: 'list', ordered: false, items: [[{ t: '印鑑' }], [{ t: [['本人', 'ほんにん'], ['確認', 'かくにん'], ['書類', 'しょるい']], strong: true }]] },
  { type: 'heading', level: 3, id: 'fee', text: [{ t: [['手数料', 'てすうりょう']] }] },
  { type: 'paragraph', text: [{ t: ' ' }] },
  { type: 'heading', level: 2, id: 'where', text: [{ t: [['窓口', 'まどぐち']] }] },
];

describe('what read-aloud says', () => {
  it('speaks Japanese from its kana readings, so place names are pronounced right', () => {
    expect(spokenText([['小名浜', 'おなはま'], ['へ']], 'ja')).toBe('おなはまへ');
    expect(spokenText([['小名浜', 'おなはま'], ['へ']], 'ja-easy')).toBe('おなはまへ');
  });

  it('speaks other languages as written, never the Japanese readings', () => {
    expect(spokenText('Onahama branch office', 'en')).toBe('Onahama branch office');
    expect(spokenText([['小名浜', 'おなはま']], 'zh-Hans')).toBe('小名浜');
  });

  it('splits a page into one utterance per block, in order, skipping empty ones', () => {
    expect(blockUtterances(blocks, 'ja', 'guide')).toEqual([
      { id: 'guide-0', text: 'おなはまししょでうけつけます。', lang: 'ja' },
      { id: 'guide-1', text: 'ひつようなもの', lang: 'ja' },
      { id: 'guide-2', text: '印鑑。ほんにんかくにんしょるい', lang: 'ja' },
      { id: 'guide-3', text: 'てすうりょう', lang: 'ja' },
      { id: 'guide-5', text: 'まどぐち', lang: 'ja' },
    ]);
  });

  it('reads a section from its heading to the next heading of the same level', () => {
    expect(sectionRange(blocks, 1)).toEqual([1, 5]);
    expect(sectionRange(blocks, 3)).toEqual([3, 5]);
    expect(sectionRange(blocks, 5)).toEqual([5, 6]);
    expect(sectionRange(blocks, 0)).toEqual([0, 1]);
    expect(blockUtterances(blocks, 'ja', 'guide', sectionRange(blocks, 1)).map((u) => u.id)).toEqual(['guide-1', 'guide-2', 'guide-3']);
  });

  it('turns separate texts such as an FAQ answer into utterances with their own ids', () => {
    expect(textUtterances([{ id: 'q', text: 'Where?' }, { id: 'a', text: undefined }], 'en')).toEqual([{ id: 'q', text: 'Where?', lang: 'en' }]);
  });
});

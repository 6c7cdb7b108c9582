import { beforeAll, describe, expect, it } from 'vitest';
import type { Seg } from '../lib/content/pack-types';
import { activateUiRuby, addUiRubyTable, uiRuby } from './ui-ruby';

const search: Seg[] = [['検索', 'けんさく']];
const hazard: Seg[] = [['崖崩', 'がけくず'], ['れ・'], [''], ['土石流', 'どせきりゅう'], ['・'], ['地滑', 'じすべ'], ['り']];
const results: Seg[] = [['「'], ['{{query}}'], ['」の'], ['検索結果', 'けんさくけっか'], [' '], ['{{count}}'], [' '], ['件', 'けん']];
const easyOnly: Seg[] = [['ひなん'], [''], ['場所', 'ばしょ']];

beforeAll(() => {
  addUiRubyTable('ja', [search, hazard, results]);
  addUiRubyTable('ja-easy', [easyOnly]);
});

describe('UI string furigana lookup', () => {
  it('finds a string by its text, with its readings and phrase breaks', () => {
    activateUiRuby('ja');
    expect(uiRuby('検索')).toEqual(search);
    expect(uiRuby('崖崩れ・土石流・地滑り')).toEqual(hazard);
    expect(uiRuby('ひなん場所')).toBeUndefined();
  });

  it('matches interpolated text against its template; the values stay plain', () => {
    activateUiRuby('ja');
    expect(uiRuby('「避難所」の検索結果 12 件')).toEqual([
      ['「'], ['避難所'], ['」の'], ['検索結果', 'けんさくけっか'], [' '], ['12'], [' '], ['件', 'けん'],
    ]);
    // An empty value leaves no empty segment, which would mean a phrase break.
    expect(uiRuby('「」の検索結果 0 件')?.some((seg) => seg[0] === '')).toBe(false);
    expect(uiRuby('検索結果')).toBeUndefined();
  });

  it('やさしい日本語 uses its own strings first, then the Japanese ones', () => {
    activateUiRuby('ja-easy');
    expect(uiRuby('ひなん場所')).toEqual(easyOnly);
    expect(uiRuby('検索')).toEqual(search);
  });

  it('annotates nothing in other languages', () => {
    activateUiRuby('vi');
    expect(uiRuby('検索')).toBeUndefined();
    activateUiRuby('ja');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Seg } from '../lib/content/pack-types';
import { activateUiRuby, addUiRubyTable, uiRuby } from './ui-ruby';

const search: Seg[] = [['検索', 'けんさく']];
const hazard: Seg[] = [['崖崩', 'がけくず'], ['れ・'], [''], ['土石流', 'どせきりゅう'], ['・'], ['地滑', 'じすべ'], ['り']];
const results: Seg[] = [['「'], ['{{query}}'], ['」の'], ['検索結果', 'けんさくけっか'], [' '], ['{{count}}'], [' '], ['件', 'けん']];
const easyOnly: Seg[] = [['ひなん'], [''], ['場所', 'ばしょ']];
const tsunami: Seg[] = [['津波', 'つなみ']];
const northEast: Seg[] = [['北東', 'ほくとう']];
const resultsTitle: Seg[] = [['{{hazard}}'], ['のときの'], ['避難', 'ひなん'], ['場所', 'ばしょ'], ['（'], ['近', 'ちか'], ['い'], ['順', 'じゅん'], ['）']];
const direction: Seg[] = [['{{compass}}'], ['の'], ['方向', 'ほうこう']];

beforeAll(() => {
  addUiRubyTable('ja', [search, hazard, results, tsunami, northEast, resultsTitle, direction]);
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

  it('a value that is itself a UI string (a hazard, a direction) gets that string’s readings', () => {
    activateUiRuby('ja');
    expect(uiRuby('津波のときの避難場所（近い順）')?.[0]).toEqual(['津波', 'つなみ']);
    expect(uiRuby('北東の方向')).toEqual([['北東', 'ほくとう'], ['の'], ['方向', 'ほうこう']]);
    // A value the table does not know (a typed word) stays as it was typed.
    expect(uiRuby('「つなみ」の検索結果 3 件')?.[1]).toEqual(['つなみ']);
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

import { afterAll, describe, expect, it } from 'vitest';
import { activateUiRuby, addUiRubyTable } from '../../i18n/ui-ruby';
import { uiSpeech } from './ui-speech';

afterAll(() => activateUiRuby('en'));

describe('a UI string for a Japanese voice', () => {
  it('is given in its furigana readings, but a counter after a number stays kanji for the voice to read', () => {
    // As scripts/ui-ruby writes it: 分 after a placeholder comes out ぶん, 番目 as 番 + 目.
    addUiRubyTable('ja', [[['{{rank}}'], ['番', 'ばん'], ['目', 'め'], ['、'], ['歩', 'ある'], ['いて'], ['約', 'やく'], [' '], ['{{minutes}}'], [' '], ['分', 'ぶん'], ['です。']]]);
    activateUiRuby('ja');
    expect(uiSpeech('2番目、歩いて約 20 分です。')).toBe('2番目、あるいてやく 20 分です。');
  });

  it('is given as it is when the table does not know it', () => {
    activateUiRuby('ja');
    expect(uiSpeech('知らない文字列')).toBe('知らない文字列');
  });
});

import { describe, expect, it } from 'vitest';
import { looksLikeIsbn, toIsbn10, toIsbn13 } from '../src/library/isbn.js';
import { searchKey } from '../src/library/search-key.js';
import { typoPatterns } from '../src/library/typo-patterns.js';

describe.shuffle('catalogue search keys', () => {
  it('makes hiragana, katakana and half-width katakana one spelling, without spaces', () => {
    expect(searchKey('ギンガ テツドウ ノ ヨル')).toBe(searchKey('ぎんがてつどうのよる'));
    expect(searchKey('ｷﾞﾝｶﾞ')).toBe(searchKey('ぎんが'));
  });

  it('folds particles and small kana as catalogue readings write them', () => {
    // Catalogued as ワガハイ ワ ネコ デアル; a citizen types は.
    expect(searchKey('わがはいはねこ')).toBe(searchKey('ワガハイ ワ ネコ').slice(0, searchKey('わがはいはねこ').length));
    expect(searchKey('しょうねん')).toBe(searchKey('シヨウネン'));
  });

  it('keeps no LIKE wildcard or field separator in a key', () => {
    expect(searchKey('100%_off|a')).toBe('100offa');
    expect(searchKey('Café  Noir')).toBe('cafenoir');
  });
});

describe.shuffle('ISBN', () => {
  it('reads ISBN-10 and ISBN-13 with or without hyphens, as the same book', () => {
    expect(toIsbn13('978-4-00-000001-7')).toBe('9784000000017');
    expect(toIsbn13('4-00-000001-2')).toBe('9784000000017');
    expect(toIsbn13('４０００００００１２')).toBe('9784000000017');
    expect(toIsbn10('9784000000017')).toBe('4000000012');
  });

  it('refuses a wrong check digit but still knows it was meant as an ISBN', () => {
    expect(toIsbn13('9784000000018')).toBeUndefined();
    expect(looksLikeIsbn('9784000000018')).toBe(true);
    expect(looksLikeIsbn('銀河')).toBe(false);
  });
});

describe.shuffle('typo patterns', () => {
  it('covers a wrong, missing, extra and swapped letter', () => {
    const match = (text: string) => typoPatterns('potter').some((p) => new RegExp(`^${p.replaceAll('%', '.*').replaceAll('_', '.')}$`).test(text));
    expect(match('harrypoterand')).toBe(true); // missing
    expect(match('harrypotterr')).toBe(true); // the text has one more
    expect(match('harrypotyer')).toBe(true); // wrong
    expect(match('harrypottre')).toBe(true); // swapped
    expect(match('harrypxtyer')).toBe(false); // two edits
  });
});

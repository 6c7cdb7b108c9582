import { describe, expect, it } from 'vitest';
import { pickContentLanguage } from './content-language';

describe('choosing the language of a page', () => {
  it('shows the reader their own language when the page is translated', () => {
    expect(pickContentLanguage('vi', ['ja', 'en', 'vi'])).toEqual({ lang: 'vi', japaneseFallback: false });
  });
  it('falls back to Japanese, flagged, when it is not', () => {
    expect(pickContentLanguage('ne', ['ja', 'en'])).toEqual({ lang: 'ja', japaneseFallback: true });
    expect(pickContentLanguage('ja-easy', ['ja'])).toEqual({ lang: 'ja', japaneseFallback: true });
  });
  it('a Japanese reader is never told the page is in Japanese only', () => {
    expect(pickContentLanguage('ja', ['ja'])).toEqual({ lang: 'ja', japaneseFallback: false });
  });
});

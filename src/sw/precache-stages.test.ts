import { describe, expect, it } from 'vitest';
import { firstStageLanguages, isOtherScriptFont, precacheStage, stringsChunkLanguage } from './precache-stages';
import { namespaces } from '../i18n/namespaces';

describe('precache stages of a phone', () => {
  it('put the shell, every screen and the phone language strings first', () => {
    const languages = firstStageLanguages('pt');
    expect(languages).toEqual(['ja', 'en', 'pt']);
    for (const url of ['index.html', 'manifest.webmanifest', 'assets/index-Ab12.js', 'assets/disaster-screen-X_y.js', 'assets/map-view-Q.css',
      'assets/locale-pt-common-Zz.js', 'assets/locale-en-common-Zz.js', 'assets/locale-pt-shelters-Zz.js', 'assets/ui-ruby-ja-common-Zz.js', 'icons/icon-192.png']) {
      expect([url, precacheStage(url, languages)]).toEqual([url, 1]);
    }
  });

  it('leave the font, other languages, other namespaces and the QR decoder for the background', () => {
    const languages = firstStageLanguages('ja');
    expect(languages).toEqual(['ja', 'en']);
    for (const url of ['assets/biz-udpgothic-japanese-400-normal-AbC.woff2', 'assets/fonts-X-G7bGxf.css', 'assets/qr-decoder-Rv.js',
      'assets/locale-ko-common-Zz.js', 'assets/ui-ruby-ja-easy-common-Zz.js', 'assets/locale-ja-forms-Zz.js', 'assets/locale-ja-attract-Zz.js', 'assets/locale-ja-counter-Zz.js',
      'assets/locale-ja-services-Zz.js', 'assets/locale-en-services-staff-Zz.js', 'assets/ui-ruby-ja-easy-services-Zz.js', 'assets/locale-ko-shelters-Zz.js']) {
      expect([url, precacheStage(url, languages)]).toEqual([url, 2]);
    }
  });

  it('reads the language of the services namespaces (issue 17) from their file names', () => {
    expect(stringsChunkLanguage('assets/locale-zh-Hant-services-Zz.js')).toBe('zh-Hant');
    expect(stringsChunkLanguage('assets/locale-ja-services-staff-Zz.js')).toBe('ja');
  });

  it('keeps やさしい日本語 with Japanese as its fallback, and English for the operator screen', () => {
    expect(firstStageLanguages('ja-easy')).toEqual(['ja', 'en', 'ja-easy']);
  });

  it("leave other scripts' fonts to the network: a Vietnamese phone stores no Chinese, Korean or Devanagari glyphs", () => {
    const chinese = 'assets/noto-sans-sc-117-400-normal-Dq1_x.woff2';
    const korean = 'assets/noto-sans-kr-42-400-normal-AbC.woff2';
    const vietnameseSlice = 'assets/noto-sans-kr-vietnamese-400-normal-AbC.woff2';
    const nepali = 'assets/noto-sans-devanagari-devanagari-700-normal-Zz.woff2';
    expect(precacheStage(chinese, firstStageLanguages('zh-Hans'))).toBe(2);
    expect([chinese, korean, vietnameseSlice, nepali].map((url) => isOtherScriptFont(url, 'vi'))).toEqual([true, true, false, true]);
    expect([chinese, korean, vietnameseSlice, nepali].map((url) => isOtherScriptFont(url, 'ko'))).toEqual([true, false, false, true]);
    expect(isOtherScriptFont(chinese, 'zh-Hans')).toBe(false);
    expect(isOtherScriptFont(nepali, 'ne')).toBe(false);
    expect(isOtherScriptFont('assets/biz-udpgothic-japanese-400-normal-AbC.woff2', 'ko')).toBe(false);
  });

  it('stores Thai, Khmer, Burmese and Mongolian Cyrillic glyphs only on a phone that reads them', () => {
    const fonts = {
      th: 'assets/noto-sans-thai-thai-400-normal-Ab.woff2',
      km: 'assets/noto-sans-khmer-khmer-700-normal-Ab.woff2',
      my: 'assets/noto-sans-myanmar-myanmar-400-normal-Ab.woff2',
      mn: 'assets/noto-sans-cyrillic-ext-400-normal-Ab.woff2',
    };
    for (const reader of ['th', 'km', 'my', 'mn', 'vi', 'ja']) {
      const stored = Object.entries(fonts).filter(([, url]) => !isOtherScriptFont(url, reader)).map(([language]) => language);
      expect(stored, reader).toEqual(reader in fonts ? [reader] : []);
    }
    // Noto Sans's Latin slice draws Mongolian's Latin words; Noto Sans KR's stays Vietnamese and Korean.
    expect(isOtherScriptFont('assets/noto-sans-latin-400-normal-Ab.woff2', 'mn')).toBe(false);
    expect(isOtherScriptFont('assets/noto-sans-latin-400-normal-Ab.woff2', 'vi')).toBe(true);
    expect(isOtherScriptFont('assets/noto-sans-kr-latin-400-normal-Ab.woff2', 'mn')).toBe(true);
  });

  it('knows every i18n namespace\'s strings chunks, so a new namespace is staged by language like the others', () => {
    for (const namespace of namespaces) {
      expect(stringsChunkLanguage(`assets/locale-ja-easy-${namespace}-Zz9.js`), namespace).toBe('ja-easy');
      expect(precacheStage(`assets/locale-ko-${namespace}-Zz9.js`, ['ja', 'en']), namespace).toBe(2);
    }
  });
});

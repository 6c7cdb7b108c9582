import { describe, expect, it } from 'vitest';
import { firstStageLanguages, precacheStage, stringsChunkLanguage } from './precache-stages';

describe('precache stages of a phone', () => {
  it('put the shell, every screen and the phone language strings first', () => {
    const languages = firstStageLanguages('pt');
    expect(languages).toEqual(['ja', 'en', 'pt']);
    for (const url of ['index.html', 'manifest.webmanifest', 'assets/index-Ab12.js', 'assets/disaster-screen-X_y.js', 'assets/map-view-Q.css',
      'assets/locale-pt-common-Zz.js', 'assets/locale-en-common-Zz.js', 'assets/ui-ruby-ja-common-Zz.js', 'icons/icon-192.png']) {
      expect([url, precacheStage(url, languages)]).toEqual([url, 1]);
    }
  });

  it('leave the font, other languages, other namespaces and the QR decoder for the background', () => {
    const languages = firstStageLanguages('ja');
    expect(languages).toEqual(['ja', 'en']);
    for (const url of ['assets/biz-udpgothic-japanese-400-normal-AbC.woff2', 'assets/fonts-X-G7bGxf.css', 'assets/qr-decoder-Rv.js',
      'assets/locale-ko-common-Zz.js', 'assets/ui-ruby-ja-easy-common-Zz.js', 'assets/locale-ja-forms-Zz.js', 'assets/locale-ja-attract-Zz.js', 'assets/locale-ja-counter-Zz.js',
      'assets/locale-ja-services-Zz.js', 'assets/locale-en-services-staff-Zz.js', 'assets/ui-ruby-ja-easy-services-Zz.js']) {
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
});

import { describe, expect, it } from 'vitest';
import { matchBrowserLanguage } from './languages';

describe('first-run language from the browser', () => {
  it('follows the first language we have', () => {
    expect(matchBrowserLanguage(['de-DE', 'vi-VN', 'en'])).toBe('vi');
  });
  it('reads Traditional Chinese for Taiwan and Hong Kong, Simplified otherwise', () => {
    expect(matchBrowserLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(matchBrowserLanguage(['zh-HK'])).toBe('zh-Hant');
    expect(matchBrowserLanguage(['zh-Hant-TW'])).toBe('zh-Hant');
    expect(matchBrowserLanguage(['zh-CN'])).toBe('zh-Hans');
    expect(matchBrowserLanguage(['zh'])).toBe('zh-Hans');
  });
  it('serves Filipino to Tagalog speakers', () => {
    expect(matchBrowserLanguage(['tl-PH'])).toBe('fil');
  });
  it('falls back to Japanese when nothing matches', () => {
    expect(matchBrowserLanguage(['de', 'fr'])).toBe('ja');
    expect(matchBrowserLanguage([])).toBe('ja');
  });
});

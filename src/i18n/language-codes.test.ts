import { describe, expect, it } from 'vitest';
import { initI18n, setLanguage, tFor } from './index';

describe('the UI language codes as i18next looks them up', () => {
  it('shows やさしい日本語 its own strings, not the Japanese it falls back to', async () => {
    await initI18n('ja-easy');
    expect(tFor('ja-easy', 'common')('header.language')).toBe('ことば');
    expect(tFor('ja', 'common')('header.language')).toBe('言語');
  });

  it('still finds Chinese by its script (zh-Hans, zh-Hant)', async () => {
    await setLanguage('zh-Hant');
    await setLanguage('zh-Hans');
    expect(tFor('zh-Hant', 'common')('header.language')).toBe('語言');
    expect(tFor('zh-Hans', 'common')('header.language')).toBe('语言');
  });
});

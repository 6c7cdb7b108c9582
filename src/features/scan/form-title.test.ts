import { describe, expect, it } from 'vitest';
import { formTitle } from './form-title';

const titles = { ja: '道路・街灯の不具合通報', 'ja-easy': '道や 街灯の こわれた ところを 知らせる', en: 'Report a Road or Streetlight Problem' };

describe('the title of a form in the picker', () => {
  it('is in the reader’s language when the form has it', () => {
    expect(formTitle(titles, 'ja-easy')).toBe('道や 街灯の こわれた ところを 知らせる');
    expect(formTitle(titles, 'en')).toBe('Report a Road or Streetlight Problem');
  });

  it('falls back to English for languages the form is not written in, and to Japanese for やさしい日本語', () => {
    expect(formTitle(titles, 'pt')).toBe('Report a Road or Streetlight Problem');
    expect(formTitle({ ja: '意見' }, 'ja-easy')).toBe('意見');
    expect(formTitle({ ja: '意見' }, 'ne')).toBe('意見');
  });
});

import { describe, expect, it } from 'vitest';
import { pickFormLanguage } from './form-language';

describe('the language a form is shown in', () => {
  it('is chosen per form: the reader\'s language where that form has it, otherwise Japanese, said so', () => {
    const nepali = { ja: '申請', ne: 'आवेदन' };
    expect(pickFormLanguage('ne', nepali)).toEqual({ lang: 'ne', japaneseFallback: false });
    expect(pickFormLanguage('pt', nepali)).toEqual({ lang: 'ja', japaneseFallback: true });
    expect(pickFormLanguage('ja', nepali)).toEqual({ lang: 'ja', japaneseFallback: false });
    expect(pickFormLanguage('ne', undefined)).toEqual({ lang: 'ja', japaneseFallback: true });
  });
});

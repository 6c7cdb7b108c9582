import { describe, expect, it } from 'vitest';
import { hazards } from '../../../../contract/hazards';
import { languageCodes } from '../../../../contract/languages';
import { stockPhrases, stockPhraseTranslations, withStockPhrase } from './stock-phrases';
import type { NoticeDraft } from './notice-body';
import staffJa from '../../../locales/ja/staff.json';
import staffEn from '../../../locales/en/staff.json';

const officialTerms = ['大津波警報', '津波警報', '津波注意報', '避難指示', '高齢者等避難', '緊急安全確保', '土砂災害警戒情報', '避難所開設'];

describe('emergency stock phrases for notices', () => {
  it('include the official warnings and evacuation information, each in every language Madoguchi speaks', () => {
    expect(stockPhrases.map((p) => p.term)).toEqual(expect.arrayContaining(officialTerms));
    for (const phrase of stockPhrases) {
      expect(Object.keys(phrase.text).sort(), phrase.id).toEqual([...languageCodes].sort());
      for (const code of languageCodes) expect(phrase.text[code].trim(), `${phrase.id} ${code}`).not.toBe('');
      if (phrase.hazard) expect(hazards).toContain(phrase.hazard);
    }
  });

  it('each have a button name in the staff console\'s languages, and no name is left without its phrase', () => {
    for (const names of [staffJa.notices.stockNames, staffEn.notices.stockNames]) expect(Object.keys(names).sort()).toEqual(stockPhrases.map((p) => p.id).sort());
  });

  it('carry the official Japanese term in every translation, so a reader can match it to the announcement', () => {
    for (const phrase of stockPhrases) {
      // やさしい日本語 is Japanese: it may say 避難所を開けました for 避難所開設.
      for (const code of languageCodes.filter((c) => c !== 'ja' && c !== 'ja-easy')) expect(phrase.text[code], `${phrase.id} ${code}`).toContain(phrase.term);
    }
  });

  it('mark every translation as a draft nobody has checked, until someone does', () => {
    expect(Object.keys(stockPhraseTranslations).sort()).toEqual(languageCodes.filter((c) => c !== 'ja').sort());
    for (const mark of Object.values(stockPhraseTranslations)) expect(mark).toEqual({ kind: 'draft', checked: false });
  });

  it('picked, add the phrase to every language after what is there, raise the severity and choose the hazard', () => {
    const tsunami = stockPhrases.find((p) => p.id === 'tsunami-warning')!;
    const draft: Pick<NoticeDraft, 'severity' | 'hazard' | 'messages'> = { severity: 'info', hazard: undefined, messages: { ja: '平支所より。' } };
    const next = withStockPhrase(draft, tsunami);
    expect(next.messages.ja).toBe(`平支所より。\n${tsunami.text.ja}`);
    expect(next.messages.ne).toBe(tsunami.text.ne);
    expect(Object.keys(next.messages).sort()).toEqual([...languageCodes].sort());
    expect(next).toMatchObject({ severity: 'emergency', hazard: 'tsunami' });
    const shelters = stockPhrases.find((p) => p.id === 'shelters-open')!;
    expect(withStockPhrase({ ...next, hazard: 'flood' }, shelters)).toMatchObject({ severity: 'emergency', hazard: 'flood' });
  });
});

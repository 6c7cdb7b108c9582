import type { Hazard } from '../../../../contract/hazards';
import type { LanguageCode } from '../../../../contract/languages';
import type { Severity } from './notice-body';
import data from './stock-phrases.json';
import type staffJa from '../../../locales/ja/staff.json';

/** Every phrase has a short name on its button in the staff strings (stock-phrases.test.ts checks). */
export type StockPhraseId = keyof (typeof staffJa)['notices']['stockNames'];

/**
 * Emergency notices staff pick rather than type (津波警報, 避難指示, 緊急安全確保…): each in
 * every language, with the official Japanese term beside the translation so a reader can
 * match it to the announcement on the radio. Drafted by the development team, checked: no
 * (stock-phrases.json says so per language); stock-phrases.test.ts checks every language.
 */
export interface StockPhrase {
  id: StockPhraseId;
  /** The official Japanese term (気象庁 / 内閣府 wording) the phrase announces. */
  term: string;
  severity: Severity;
  hazard?: Hazard;
  text: Record<LanguageCode, string>;
}

export const stockPhrases = data.phrases as readonly StockPhrase[];
export const stockPhraseTranslations = data.translations as Partial<Record<LanguageCode, { kind: string; checked: boolean }>>;

const rank: Record<Severity, number> = { info: 0, warning: 1, emergency: 2 };

/**
 * The draft with the phrase added after whatever each language already says, the severity
 * raised to the phrase's (never lowered) and its hazard chosen when none is.
 */
export function withStockPhrase<D extends { severity: Severity; hazard: Hazard | undefined; messages: Partial<Record<LanguageCode, string>> }>(draft: D, phrase: StockPhrase): D {
  const messages: Partial<Record<LanguageCode, string>> = { ...draft.messages };
  for (const [code, text] of Object.entries(phrase.text) as Array<[LanguageCode, string]>) {
    const before = (messages[code] ?? '').trim();
    messages[code] = before === '' ? text : `${before}\n${text}`;
  }
  return {
    ...draft,
    messages,
    severity: rank[phrase.severity] > rank[draft.severity] ? phrase.severity : draft.severity,
    hazard: draft.hazard ?? phrase.hazard,
  };
}

import { phraseValueKinds, type PhraseValueKind } from '../../../contract/counter.js';
import type { LanguageCode } from '../../../contract/languages.js';
import type { RText } from './pack-types.js';

/**
 * The counter phrasebook (指差し会話): what `scripts/build-content` writes to
 * phrasebook.json and both screens of a counter conversation read. A conversation sends
 * only a phrase's id (and a number or date for the phrases that carry one), so each screen
 * shows it in its own language from this one file, and nothing said is free text.
 */
export const phraseCategories = [
  'basics', 'residence', 'my-number', 'tax', 'insurance-pension', 'childcare', 'waste', 'disaster', 'hospital',
] as const;
export type PhraseCategory = (typeof phraseCategories)[number];

/** Who says a phrase: the clerk, the citizen, or either (yes, no, a number). */
export const phraseSpeakers = ['staff', 'citizen', 'either'] as const;
export type PhraseSpeaker = (typeof phraseSpeakers)[number];

/** The answer a question asks for: the screen offers that input next to it. */
export const answerKinds = ['yes-no', 'number', 'date', 'write'] as const;
export type AnswerKind = (typeof answerKinds)[number];

/**
 * A phrase that carries a value: its text holds `{n}` (a whole number) or `{date}`
 * (a calendar date), filled in by each screen in its own language.
 */
export const valueKinds = phraseValueKinds;
export type ValueKind = PhraseValueKind;
export const valuePlaceholder: Record<ValueKind, string> = { number: '{n}', date: '{date}' };

/** Whether a language's texts were checked by a person; until then they are drafts. */
export interface TranslationStatus { kind: 'draft' | 'machine' | 'human'; checked: boolean }

export interface Phrase {
  id: string;
  category: PhraseCategory;
  speaker: PhraseSpeaker;
  expects?: AnswerKind;
  value?: ValueKind;
  /** The Japanese text's kana reading, written by hand: read aloud instead of guessed. */
  reading: string;
  /** In every UI language; Japanese and やさしい日本語 with build-time furigana. */
  text: Record<LanguageCode, RText>;
}

export interface PhrasebookPack {
  categories: Array<{ id: PhraseCategory; name: Record<LanguageCode, RText> }>;
  phrases: Phrase[];
  translations: Partial<Record<LanguageCode, TranslationStatus>>;
}

import type { ContentLanguage, FaqCategory, FaqItem, RText, TranslationMark } from '../../lib/content/pack-types';
import type { LanguageCode } from '../../i18n/languages';
import { pickContentLanguage } from '../../runtime/content/content-language';

/** One FAQ entry as a reader sees it: in their language when it has been translated, else Japanese. */
export interface FaqEntryView {
  id: string;
  category: FaqCategory;
  lang: ContentLanguage;
  question: RText;
  answer: RText;
  /** A translation's mark: the screen says when it is an unchecked draft. */
  mark?: TranslationMark;
  japaneseFallback: boolean;
}

/**
 * The entries in the reader's language first, then those shown in Japanese, each group in
 * the file's order: a Nepali reader finds what they can read without scrolling past Japanese.
 */
export function faqInLanguage(items: readonly FaqItem[], ui: LanguageCode): FaqEntryView[] {
  const views = items.map((item): FaqEntryView => {
    const translations = item.translations ?? {};
    const choice = pickContentLanguage(ui, ['ja', ...(Object.keys(translations) as ContentLanguage[])]);
    const translated = choice.lang === 'ja' ? undefined : translations[choice.lang];
    const base = { id: item.id, category: item.category, japaneseFallback: choice.japaneseFallback };
    return translated
      ? { ...base, lang: choice.lang, question: translated.question, answer: translated.answer, mark: { source: translated.source, checked: translated.checked } }
      : { ...base, lang: 'ja', question: item.question, answer: item.answer };
  });
  return [...views.filter((v) => !v.japaneseFallback), ...views.filter((v) => v.japaneseFallback)];
}

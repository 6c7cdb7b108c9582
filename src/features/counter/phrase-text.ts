import type { CounterSay } from '../../../contract/counter';
import type { LanguageCode } from '../../i18n/languages';
import { languageInfo } from '../../i18n/languages';
import { formatDate } from '../../lib/format-date';
import type { RText } from '../../lib/content/pack-types';
import { valuePlaceholder, type Phrase } from '../../lib/content/phrasebook';
import { spokenText } from '../../runtime/read-aloud/utterances';

/** A number or date as a reader of `lang` writes it (no thousands separator: 2026 is a year). */
export function valueWords(say: CounterSay, lang: LanguageCode): string | undefined {
  const htmlLang = languageInfo(lang).htmlLang;
  if (say.n !== undefined) return new Intl.NumberFormat(htmlLang, { useGrouping: false }).format(say.n);
  if (say.date !== undefined) return formatDate(say.date, htmlLang);
  return undefined;
}

const plain = (text: RText) => (typeof text === 'string' ? text : text.map((seg) => seg[0]).join(''));

/**
 * What a screen shows for something said, in its own language. A phrase that carries a
 * value becomes plain text with the value put in; the others keep their furigana.
 */
export function shownText(phrase: Phrase, say: CounterSay, lang: LanguageCode): RText {
  const text = phrase.text[lang];
  const value = valueWords(say, lang);
  if (!phrase.value || value === undefined) return text;
  return plain(text).replace(valuePlaceholder[phrase.value], value);
}

/**
 * What a voice is given: Japanese from the hand-written kana reading (so 本人確認書類 is
 * never guessed), やさしい日本語 from its build-time readings, other languages as written.
 */
export function spokenPhrase(phrase: Phrase, say: CounterSay, lang: LanguageCode): string {
  const base = lang === 'ja' ? phrase.reading : spokenText(phrase.text[lang], lang);
  const value = valueWords(say, lang);
  return phrase.value && value !== undefined ? base.replace(valuePlaceholder[phrase.value], value) : base;
}

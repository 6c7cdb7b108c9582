import type { TFunction } from 'i18next';
import type { PublicMessage } from '../../../../contract/status';

/** The department's message in the reader's language: a stock phrase translated, or staff's own words (theirs, else Japanese). */
export function publicMessageText(t: TFunction<'services'>, message: PublicMessage | null, language: string): { text: string; lang?: string } | undefined {
  if (!message) return undefined;
  if ('phrase' in message) return { text: t(`phrases.${message.phrase}`) };
  const own = message.text[language] ?? (language === 'ja-easy' ? message.text.ja : undefined);
  if (own) return { text: own };
  const [lang, text] = message.text.ja ? ['ja', message.text.ja] : (Object.entries(message.text)[0] ?? []);
  return text ? { text, lang } : undefined;
}

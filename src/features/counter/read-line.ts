import type { LanguageCode } from '../../i18n/languages';
import { speak } from '../../runtime/read-aloud/speech';
import type { Line } from './conversation';
import { spokenPhrase } from './phrase-text';
import type { Phrasebook } from './use-phrasebook';

/** Reads a line aloud in the citizen's language, through the app's one speech module. */
export function readLine(book: Phrasebook, line: Line | undefined, lang: LanguageCode): void {
  const phrase = line && book.byId.get(line.phrase);
  if (!line || !phrase) return;
  speak(spokenPhrase(phrase, line, lang), lang, `counter-${line.phrase}`);
}

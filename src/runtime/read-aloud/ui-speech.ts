import { uiRuby } from '../../i18n/ui-ruby';

/**
 * A Japanese UI string as a Japanese voice should get it: in the build-time readings its
 * furigana shows (src/i18n/ui-ruby), so the screen and the voice agree on every word.
 * A counter right after a number stays kanji: the voice reads 20分 as にじっぷん, while
 * the table's 20ふん, read as written, would be wrong. A string the table does not know
 * is given as it is.
 */
export function uiSpeech(text: string): string {
  const segs = uiRuby(text);
  if (!segs) return text;
  return segs.map(([surface, reading], i) => (reading === undefined || /\d$/u.test(segs[i - 1]?.[0] ?? '') ? surface : reading)).join('');
}

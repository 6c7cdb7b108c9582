import { uiRuby } from '../../i18n/ui-ruby';

/**
 * A Japanese UI string as a Japanese voice should get it: in the build-time readings its
 * furigana shows (src/i18n/ui-ruby), so the screen and the voice agree on every word.
 * A counter right after a number stays kanji (約 20 分, 1番目): the voice reads 20分 as
 * にじっぷん, while the table's ぶん, made for a placeholder, read as written would be
 * wrong. A string the table does not know is given as it is.
 */
export function uiSpeech(text: string): string {
  const segs = uiRuby(text);
  if (!segs) return text;
  let afterNumber = false;
  return segs.map(([surface, reading]) => {
    if (reading !== undefined) return afterNumber ? surface : reading;
    // Spaces and phrase breaks ('') between a number and its counter change nothing.
    if (/\d\s*$/u.test(surface)) afterNumber = true;
    else if (surface.trim() !== '') afterNumber = false;
    return surface;
  }).join('');
}

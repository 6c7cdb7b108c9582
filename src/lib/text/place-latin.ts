import { isPhraseBreak, type RText, type Seg } from '../content/pack-types';
import { roadSignRomaji } from './road-sign-romaji';

const kanaOnly = /^[\u3041-\u309f\u30a0-\u30ff\u30fc\s-]+$/u;
const latinOrDigits = /^[\p{Script=Latin}0-9０-９\s.,'&()\-–]+$/u;
const numeral = /^[0-9０-９一二三四五六七八九十百千]+$/u;
const toHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const japaneseLeft = /[\u3000-\u9fff\uff00-\uffef]/u;
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A Japanese place name in Latin script, from the readings the content already has, as
 * road signs spell it (road-sign-romaji.ts): 小名浜第一小学校 → "Onahama Daiichi Shogakko".
 * Words follow the build-time furigana segments, with 第 and numerals kept together
 * (第 + 一 → Daiichi). The authoritative 名称_カナ wins when the segments' readings say
 * otherwise; then the name is one word. Undefined when some kanji has no reading: a
 * half-romanised name would help nobody ask the way.
 */
export function placeNameLatin(name: RText, nameKana?: string): string | undefined {
  const segments = typeof name === 'string' ? [[name] as Seg] : name.filter((s) => !isPhraseBreak(s));
  const readings = segments.map(([surface, reading]) => reading ?? surface).join('').replace(/\s/g, '');
  const kana = nameKana?.trim();
  if (kana && toHiragana(kana.normalize('NFKC')).replace(/\s/g, '') !== toHiragana(readings.normalize('NFKC'))) {
    const latin = kanaOnly.test(kana) ? capitalise(roadSignRomaji(kana.replace(/・/g, ' '))) : '';
    return latin === '' || japaneseLeft.test(latin) ? undefined : latin;
  }
  const words: string[][] = [];
  let previous = '';
  for (const [surface, reading] of segments) {
    if (surface.trim() === '') { previous = ''; continue; }
    const text = (reading ?? surface).normalize('NFKC').replace(/・/g, ' ');
    let latin: string;
    if (kanaOnly.test(text)) latin = roadSignRomaji(text);
    else if (latinOrDigits.test(text)) latin = text.normalize('NFKC');
    else return undefined;
    const joins = previous.endsWith('第') || (numeral.test(surface) && numeral.test(previous.slice(-1)));
    if (joins && words.length > 0) words[words.length - 1]!.push(latin);
    else words.push([latin]);
    previous = surface;
  }
  const result = words.map((w) => capitalise(w.join(''))).join(' ').replace(/\s+/g, ' ').trim();
  // A kana the table does not know (ゖ, ゎ…) stays Japanese: refuse the name rather than show it half done.
  return result === '' || japaneseLeft.test(result) ? undefined : result;
}

import type { RText as RTextValue } from '../../lib/content/pack-types';
import { RText } from '../../ui/rtext';

/**
 * A title (or author) exactly as the catalogue has it, with the catalogue's reading as
 * furigana when furigana is on. Readings are stored in katakana; furigana is hiragana.
 * Titles without kanji need none (a reading over kana or Latin only repeats it).
 */
export function CatalogueText({ text, reading }: { text: string; reading: string }) {
  return <RText value={catalogueRuby(text, reading)} />;
}

export function catalogueRuby(text: string, reading: string): RTextValue {
  if (!/[\u3400-\u9fff\uf900-\ufaff々]/.test(text) || reading.trim() === '') return text;
  const hiragana = reading.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)).replace(/\s+/g, '');
  return [[text, hiragana]];
}

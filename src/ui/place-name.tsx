import { currentLanguage } from '../i18n';
import type { RText as RTextValue } from '../lib/content/pack-types';
import { placeNameLatin } from '../lib/text/place-latin';
import { RText } from './rtext';
import './place-name.css';

/**
 * A place's name for the reader: Japanese readers get the Japanese name; everyone else gets
 * it in Latin script — the official name (名称_英字) where the data has one, else the
 * reading romanised as road signs spell it — with the Japanese beside it, smaller, since
 * that is what the signs and the people they ask the way will read. The same rule as the
 * map's labels (lib/geo/map-labels.ts).
 */
export function PlaceName({ name, kana, official }: { name: RTextValue; kana?: string | undefined; official?: string | undefined }) {
  const japanese = <span class="place-name__ja" lang="ja"><RText value={name} /></span>;
  const language = currentLanguage.value;
  if (language === 'ja' || language === 'ja-easy') return japanese;
  const latin = official?.trim() ? { text: official.trim(), lang: 'en' } : romanised(name, kana);
  if (!latin) return japanese;
  return <span class="place-name"><span class="place-name__latin" lang={latin.lang}>{latin.text}</span> {japanese}</span>;
}

function romanised(name: RTextValue, kana: string | undefined) {
  const text = placeNameLatin(name, kana);
  // ja-Latn: Japanese words in Latin letters, so a voice says "Onahama", not "O. N. A…".
  return text ? { text, lang: 'ja-Latn' } : undefined;
}

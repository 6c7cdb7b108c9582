import type { TFunction } from 'i18next';
import { uiSpeech } from '../../runtime/read-aloud/ui-speech';
import { readingText } from '../../ui/rtext';
import { kanaToRomaji } from '../../lib/text/kana-romaji';
import type { SiteRow } from './site-rows';

/** How many sites "read aloud" says: more than three is too much to remember while leaving. */
export const spokenCount = 3;

/** 「1.3キロメートル」: units spelled out, since voices read "km" unreliably. */
export function spokenDistance(meters: number, t: TFunction<'common'>, locale: string): string {
  if (meters < 1000) return t('disaster.speech.m', { value: Math.max(10, Math.round(meters / 10) * 10) });
  const km = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round(meters / 100) / 10);
  return t('disaster.speech.km', { value: km });
}

/**
 * What the read-aloud button says: the hazard, then the nearest three sites with their
 * distance, direction and walking time. Japanese voices get the names' kana readings
 * (build-time furigana) so 小名浜 is not read as こなはま, and the sentences around them
 * in the readings the furigana shows (the UI strings' build-time table), so the voice
 * and the screen never disagree on a word; other voices get rōmaji.
 */
export function nearestSitesSpeech(rows: readonly SiteRow[], hazardName: string, japaneseVoice: boolean, t: TFunction<'common'>, locale: string): string {
  const say = (text: string) => (japaneseVoice ? uiSpeech(text) : text);
  const items = rows.slice(0, spokenCount).map((row) => {
    const { name, nameKana } = row.site;
    // Furigana segments first (the spec of the pack); a plain-string name falls back to 名称_カナ.
    const kana = typeof name === 'string' && nameKana ? nameKana : readingText(name);
    return say(t('disaster.speech.item', {
      rank: row.rank,
      name: japaneseVoice ? kana : kanaToRomaji(kana),
      distance: spokenDistance(row.meters, t, locale),
      direction: t(`disaster.compass.${row.compass}`),
      minutes: row.minutes,
    }));
  });
  return [say(t('disaster.speech.intro', { hazard: hazardName })), ...items].join(' ');
}

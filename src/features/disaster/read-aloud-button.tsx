import { currentLanguage, i18n, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { speak, speechAvailable } from '../../runtime/read-aloud/speech';
import { SpeakerIcon } from '../../runtime/read-aloud/speaker-icon';
import type { SiteRow } from './site-rows';
import { nearestSitesSpeech } from './speech-text';

/**
 * Reads the three nearest sites aloud, for someone who cannot read the screen (or not
 * this script). The voice is the language the sentence is actually written in: a
 * language without these strings yet falls back to English text, so English voice.
 */
export function ReadAloudButton({ rows, hazardName }: { rows: readonly SiteRow[]; hazardName: string }) {
  const t = useT();
  if (!speechAvailable()) return null;
  const language = currentLanguage.value;
  const translated = i18n.getResource(language, 'common', 'disaster.speech.item') !== undefined;
  const voice = translated ? language : 'en';
  const japaneseVoice = voice === 'ja' || voice === 'ja-easy';
  const read = () => {
    const text = nearestSitesSpeech(rows, hazardName, japaneseVoice, t, languageInfo(language).htmlLang);
    speak(text, japaneseVoice ? 'ja' : languageInfo(voice).htmlLang, 'disaster-nearest');
  };
  return (
    <p>
      <button type="button" class="button read-aloud-button" onClick={read}>
        <SpeakerIcon />
        {t('disaster.readAloud')}
      </button>
    </p>
  );
}

import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { speakAll, speaking, speechAvailable, stopSpeaking } from './speech';
import type { Utterance } from './utterances';
import { RateControl } from './rate-control';
import { SpeakerIcon, StopIcon } from './speaker-icon';
import './read-aloud.css';

/**
 * "Read this page" and the speed, at the top of a content page. `utterances` is called
 * on the touch, so the page is read as it is shown then (language, open answers).
 * Nothing is shown where the browser cannot speak.
 */
export function ReadAloudBar({ utterances }: { utterances: () => Utterance[] }) {
  const t = useT();
  if (!speechAvailable()) return null;
  const reading = speaking.value !== undefined;
  // The bar sits inside content that may be Japanese while its words are in the UI language.
  return (
    <div class="read-aloud cluster" role="group" aria-label={t('readAloud.label')} lang={languageInfo(currentLanguage.value).htmlLang}>
      {reading ? (
        <button type="button" class="button read-aloud__toggle" onClick={stopSpeaking}>
          <StopIcon />{t('readAloud.stop')}
        </button>
      ) : (
        <button type="button" class="button button--primary read-aloud__toggle" onClick={() => speakAll(utterances())}>
          <SpeakerIcon />{t('readAloud.page')}
        </button>
      )}
      <RateControl />
    </div>
  );
}

/** A small play button for one section or paragraph; its name says what it reads. */
export function PlayButton({ name, utterances }: { name: string; utterances: () => Utterance[] }) {
  const t = useT();
  if (!speechAvailable()) return null;
  return (
    <button type="button" class="read-aloud__play" lang={languageInfo(currentLanguage.value).htmlLang} aria-label={t('readAloud.play', { name })} title={t('readAloud.play', { name })} onClick={() => speakAll(utterances())}>
      <SpeakerIcon />
    </button>
  );
}

// In speech.ts, so the notice banner on every screen need not load this bar and its controls.
export { speakingClass } from './speech';

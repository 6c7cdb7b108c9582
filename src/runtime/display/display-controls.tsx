import { useT } from '../../i18n';
import {
  displayModes, resetDisplayModes, textSizes, themes, updateDisplayModes, type TextSize, type Theme,
} from './display-modes';
import { RateControl } from '../read-aloud/rate-control';
import { speechAvailable } from '../read-aloud/speech';
import './display-controls.css';

/** Text size, colours and furigana: the same controls in the header panel and on the settings screen. */
export function DisplayControls() {
  const t = useT();
  const modes = displayModes.value;
  return (
    <div class="display-controls stack">
      <fieldset class="display-controls__group">
        <legend>{t('display.textSize')}</legend>
        <div class="cluster">
          {textSizes.map((size: TextSize) => (
            <button
              type="button"
              class={`button display-controls__size display-controls__size--${size}`}
              aria-pressed={modes.textSize === size}
              onClick={() => updateDisplayModes({ textSize: size })}
            >
              {t(`display.textSizes.${size}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset class="display-controls__group">
        <legend>{t('display.theme')}</legend>
        <div class="cluster">
          {themes.map((theme: Theme) => (
            <button
              type="button"
              class={`button display-controls__theme display-controls__theme--${theme}`}
              aria-pressed={modes.theme === theme}
              onClick={() => updateDisplayModes({ theme })}
            >
              <span class="display-controls__swatch" aria-hidden="true" />
              {t(`display.themes.${theme}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset class="display-controls__group">
        <legend>{t('display.furigana')}</legend>
        <label class="display-controls__switch">
          <input
            type="checkbox"
            role="switch"
            checked={modes.furigana}
            onChange={(e) => updateDisplayModes({ furigana: e.currentTarget.checked })}
          />
          <span>{t('display.furiganaOn')}</span>
        </label>
      </fieldset>
      <fieldset class="display-controls__group">
        <legend>{t('readAloud.label')}</legend>
        {speechAvailable() ? <RateControl /> : <p>{t('readAloud.unavailable')}</p>}
      </fieldset>
      <div>
        <button type="button" class="button" onClick={() => resetDisplayModes()}>
          {t('display.reset')}
        </button>
      </div>
    </div>
  );
}

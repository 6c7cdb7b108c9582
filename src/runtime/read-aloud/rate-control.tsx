import { useT } from '../../i18n';
import { displayModes, speechRates, updateDisplayModes, type SpeechRate } from '../display/display-modes';

/**
 * Slow / normal / fast. The speed is a display mode, so a phone remembers it with the
 * others and a kiosk forgets it at the wipe; a new speed applies from the next reading.
 */
export function RateControl() {
  const t = useT();
  const current = displayModes.value.speechRate;
  return (
    <div class="read-aloud__rate" role="group" aria-label={t('readAloud.rate')}>
      <span class="read-aloud__rate-label" aria-hidden="true">{t('readAloud.rate')}</span>
      {speechRates.map((rate: SpeechRate) => (
        <button
          key={rate}
          type="button"
          class={`button read-aloud__rate-button read-aloud__rate-button--${rate}`}
          aria-pressed={current === rate}
          onClick={() => updateDisplayModes({ speechRate: rate })}
        >
          {t(`readAloud.rates.${rate}`)}
        </button>
      ))}
    </div>
  );
}

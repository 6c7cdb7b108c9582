import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { here, locate, type LocateProblem } from './here';

/**
 * Says where distances are measured from. On a phone without a position it offers
 * "use my location", which asks for geolocation only when tapped.
 */
export function HereNote() {
  const t = useT();
  const [state, setState] = useState<'idle' | 'locating' | LocateProblem>('idle');
  const current = here.value;
  const ask = async () => {
    setState('locating');
    setState((await locate()) ?? 'idle');
  };
  const text = current.kind === 'kiosk'
    ? (current.label ? t('disaster.here.kiosk', { place: current.label }) : t('disaster.here.kioskUnnamed'))
    : current.kind === 'device' ? t('disaster.here.device') : t('disaster.here.cityHall');
  return (
    <div class="here-note">
      <p class="here-note__text">
        <span class="here-note__mark" aria-hidden="true">◉</span> {text}
      </p>
      {current.kind !== 'kiosk' && (
        <button type="button" class="button" onClick={() => void ask()} disabled={state === 'locating'}>
          {t('disaster.here.useLocation')}
        </button>
      )}
      <p class="here-note__status" role="status">
        {state === 'locating' ? t('disaster.here.locating') : state !== 'idle' ? t(`disaster.here.problem.${state}`) : ''}
      </p>
    </div>
  );
}

import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n';
import { chooseDistanceOrigin, distanceOrigin, locateProblem, restoreDistanceOrigin } from './distance-origin';
import { here } from './here';
import { HomeNote } from './home/home-picker';

/**
 * Says where distances are measured from. A phone asks once, "from where you are or from
 * City Hall?", and remembers the answer (the choice, not the position); the other choice
 * stays one tap away. A kiosk measures from its own place and asks nothing.
 *
 * In an emergency the nearest sites come first: `part` lets the list put the one-time
 * question below itself ('note' above the list, 'ask' after it) instead of pushing the
 * answer off a phone's screen.
 */
export function HereNote({ part = 'all' }: { part?: 'all' | 'note' | 'ask' }) {
  const t = useT();
  useEffect(() => { void restoreDistanceOrigin(); }, []);
  const current = here.value;
  const origin = distanceOrigin.value;
  const problem = locateProblem.value;
  if (current.kind === 'home') return part === 'ask' ? null : <HomeNote label={current.label} />;
  const text = current.kind === 'kiosk'
    ? (current.label ? t('disaster.here.kiosk', { place: current.label }) : t('disaster.here.kioskUnnamed'))
    : current.kind === 'device' ? t('disaster.here.device') : t('disaster.here.fromCityHall');
  const choose = (choice: 'device' | 'city-hall') => () => void chooseDistanceOrigin(choice);
  const asking = current.kind !== 'kiosk' && origin === undefined;
  if (part === 'ask') {
    return asking ? (
      <div class="here-note">
        <HereAsk question={t('disaster.here.question')} device={t('disaster.here.chooseDevice')} cityHall={t('disaster.here.chooseCityHall')} choose={choose} />
      </div>
    ) : null;
  }
  return (
    <div class="here-note">
      <p class="here-note__text">
        <span class="here-note__mark" aria-hidden="true">◉</span> {text}
      </p>
      {asking && part === 'all' && (
        <HereAsk question={t('disaster.here.question')} device={t('disaster.here.chooseDevice')} cityHall={t('disaster.here.chooseCityHall')} choose={choose} />
      )}
      {current.kind !== 'kiosk' && origin !== undefined && (
        current.kind === 'device'
          ? <button type="button" class="button here-note__city-hall" onClick={choose('city-hall')}>{t('disaster.here.switchCityHall')}</button>
          : <button type="button" class="button here-note__device" onClick={choose('device')} disabled={problem === 'locating'}>{t('disaster.here.useLocation')}</button>
      )}
      <p class="here-note__status" role="status">
        {problem === 'locating' ? t('disaster.here.locating') : problem ? t(`disaster.here.problem.${problem}`) : ''}
      </p>
    </div>
  );
}

function HereAsk({ question, device, cityHall, choose }: { question: string; device: string; cityHall: string; choose: (choice: 'device' | 'city-hall') => () => void }) {
  return (
    <div class="here-note__ask" role="group" aria-labelledby="here-note-question">
      <p id="here-note-question" class="here-note__question">{question}</p>
      <div class="cluster">
        <button type="button" class="button button--primary here-note__device" onClick={choose('device')}>{device}</button>
        <button type="button" class="button here-note__city-hall" onClick={choose('city-hall')}>{cityHall}</button>
      </div>
    </div>
  );
}

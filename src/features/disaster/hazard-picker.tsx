import { useT } from '../../i18n';
import { hazards, type Hazard } from '../../lib/content/pack-types';
import { HazardPictogram } from './hazard-pictogram';

/**
 * Eight large toggle buttons, one per hazard, each a pictogram AND its name: the choice
 * must be clear to someone who cannot read Japanese and to someone who cannot see the
 * picture. The choice itself lives in the URL (the screen routes on select).
 */
export function HazardPicker({ selected, onSelect }: { selected: Hazard | undefined; onSelect: (hazard: Hazard) => void }) {
  const t = useT();
  return (
    <ul class="hazard-picker" role="list">
      {hazards.map((hazard) => (
        <li key={hazard}>
          <button
            type="button"
            class={`hazard-picker__button hazard-picker__button--${hazard}`}
            aria-pressed={selected === hazard}
            onClick={() => onSelect(hazard)}
          >
            <span class="hazard-picker__icon"><HazardPictogram hazard={hazard} /></span>
            <span class="hazard-picker__name">{t(`disaster.hazards.${hazard}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

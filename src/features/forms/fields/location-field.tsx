import { useState } from 'preact/hooks';
import type { FieldOf } from '../../../lib/forms/form-schema';
import { useFormsT } from '../forms-i18n';
import { FieldFrame } from './field-frame';
import { autocompleteFor, type FieldControlProps } from './field-props';

type Locating = 'idle' | 'busy' | 'denied' | 'failed';

/**
 * Where something is: words anyone can type ("the corner of … by the school
 * gate"), or on a phone the current position. Geolocation is asked only when
 * the button is tapped, never on opening the form; kiosks do not offer it (the
 * kiosk's own place is not where the broken light is).
 */
export function LocationField(props: FieldControlProps<FieldOf<'location'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  const t = useFormsT();
  const [locating, setLocating] = useState<Locating>('idle');
  const pin = typeof value === 'object' && value !== null && 'lat' in value ? value : undefined;
  const description = typeof value === 'object' && value !== null && 'description' in value ? value.description : '';
  const statusId = `${ids.control}-status`;
  const locate = () => {
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('idle');
        onChange({ lat: Number(position.coords.latitude.toFixed(6)), lng: Number(position.coords.longitude.toFixed(6)) });
      },
      (problem) => setLocating(problem.code === problem.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };
  const canLocate = !kiosk && typeof navigator !== 'undefined' && 'geolocation' in navigator;
  return (
    <FieldFrame field={field} ids={ids} error={error} group describedBy={props.describedBy}>
      {pin ? (
        <p class="field__pin">
          {t('location.pinned', { lat: pin.lat.toFixed(5), lng: pin.lng.toFixed(5) })}{' '}
          <button type="button" class="button" onClick={() => onChange(undefined)}>{t('location.describe')}</button>
        </p>
      ) : (
        <div class="field__part">
          <label class="field__part-label" for={ids.control}>{t('location.describe')}</label>
          <input
            id={ids.control}
            class="field__input"
            type="text"
            value={description}
            autocomplete={autocompleteFor(kiosk)}
            data-osk="kana"
            aria-describedby={[error ? ids.error : '', statusId].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
            onInput={(e) => onChange({ description: e.currentTarget.value })}
          />
        </div>
      )}
      {canLocate && !pin && (
        <button type="button" class="button field__locate" disabled={locating === 'busy'} onClick={locate}>
          {t('location.useCurrent')}
        </button>
      )}
      <p id={statusId} class="field__status" role="status">
        {locating === 'busy' && t('location.locating')}
        {locating === 'denied' && t('location.denied')}
        {locating === 'failed' && t('location.failed')}
      </p>
    </FieldFrame>
  );
}

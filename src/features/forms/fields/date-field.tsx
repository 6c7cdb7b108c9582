import type { FieldOf } from '../../../lib/forms/form-schema';
import { resolveDateBound } from '../../../lib/forms/japan-date';
import { toWareki } from '../../../lib/forms/wareki';
import { useFormsT } from '../forms-i18n';
import { FieldFrame } from './field-frame';
import { autocompleteFor, asText, type FieldControlProps } from './field-props';

/**
 * The browser's date picker, with the 和暦 beside it: documents people copy from
 * (住民票, pension books) print 令和・平成 years, so both are shown as they pick.
 */
export function DateField(props: FieldControlProps<FieldOf<'date'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  const t = useFormsT();
  const now = new Date();
  const text = asText(value);
  const wareki = toWareki(text);
  const warekiId = `${ids.control}-wareki`;
  return (
    <FieldFrame field={field} ids={ids} error={error}>
      <span class="field__date">
        <input
          id={ids.control}
          class="field__input field__input--date"
          type="date"
          value={text}
          min={field.min === undefined ? undefined : resolveDateBound(field.min, now)}
          max={field.max === undefined ? undefined : resolveDateBound(field.max, now)}
          autocomplete={autocompleteFor(kiosk)}
          aria-describedby={[props.describedBy, warekiId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-required={field.required ? true : undefined}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
        <span id={warekiId} class="field__wareki" lang="ja" aria-live="polite">
          {wareki ? t('date.warekiValue', { date: wareki.label }) : ''}
        </span>
      </span>
    </FieldFrame>
  );
}

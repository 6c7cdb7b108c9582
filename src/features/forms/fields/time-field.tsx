import type { FieldOf } from '../../../lib/forms/form-schema';
import { FieldFrame } from './field-frame';
import { autocompleteFor, asText, type FieldControlProps } from './field-props';

/** A time of day (24-hour, Japan time) with the browser's own picker. */
export function TimeField(props: FieldControlProps<FieldOf<'time'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  return (
    <FieldFrame field={field} ids={ids} error={error}>
      <input
        id={ids.control}
        class="field__input field__input--time"
        type="time"
        value={asText(value)}
        autocomplete={autocompleteFor(kiosk)}
        aria-describedby={props.describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={field.required ? true : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

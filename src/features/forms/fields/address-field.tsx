import type { FieldOf } from '../../../lib/forms/form-schema';
import { FieldFrame } from './field-frame';
import { autocompleteFor, asText, type FieldControlProps } from './field-props';

/** An address, two lines high so a building and room number fit in view. */
export function AddressField(props: FieldControlProps<FieldOf<'address'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  return (
    <FieldFrame field={field} ids={ids} error={error}>
      <textarea
        id={ids.control}
        class="field__input field__textarea field__textarea--short"
        rows={2}
        value={asText(value)}
        autocomplete={autocompleteFor(kiosk, 'street-address')}
        spellcheck={false}
        data-osk="kana"
        aria-describedby={props.describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={field.required ? true : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

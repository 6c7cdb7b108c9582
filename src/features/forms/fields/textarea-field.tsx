import type { FieldOf } from '../../../lib/forms/form-schema';
import { FieldFrame } from './field-frame';
import { autocompleteFor, asText, type FieldControlProps } from './field-props';
import { useFormsT } from '../forms-i18n';

/** Longer text with a character counter; characters as people count them (𠮷 is one). */
export function TextareaField(props: FieldControlProps<FieldOf<'textarea'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  const t = useFormsT();
  const text = asText(value);
  const count = Array.from(text).length;
  const counterId = `${ids.control}-counter`;
  const over = count > field.maxLength;
  return (
    <FieldFrame field={field} ids={ids} error={error}>
      <textarea
        id={ids.control}
        class="field__input field__textarea"
        rows={6}
        value={text}
        autocomplete={autocompleteFor(kiosk)}
        aria-describedby={[props.describedBy, counterId].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-required={field.required ? true : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <p id={counterId} class={`field__counter${over ? ' field__counter--over' : ''}`}>
        {t('runner.counter', { count, max: field.maxLength })}
      </p>
    </FieldFrame>
  );
}

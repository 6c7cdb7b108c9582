import type { FieldOf } from '../../../lib/forms/form-schema';
import { FT } from '../form-content';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';

/**
 * Options as large touch cards: a radio group for one answer, checkboxes for
 * several. The whole card is the label, so a finger anywhere on it chooses.
 */
export function ChoiceField(props: FieldControlProps<FieldOf<'choice'>>) {
  const { field, value, onChange, error, ids } = props;
  const picked = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
  const toggle = (option: string, on: boolean) => {
    if (!field.multiple) return onChange(option);
    const next = field.options.map((o) => o.value).filter((v) => (v === option ? on : picked.has(v)));
    onChange(next);
  };
  return (
    <FieldFrame field={field} ids={ids} error={error} group role={field.multiple ? undefined : 'radiogroup'} describedBy={props.describedBy}>
      <div class="choice-cards">
        {field.options.map((option, i) => (
          <label key={option.value} class="choice-card">
            <input
              id={i === 0 ? ids.control : undefined}
              type={field.multiple ? 'checkbox' : 'radio'}
              name={ids.control}
              value={option.value}
              checked={picked.has(option.value)}
              aria-invalid={field.multiple && error ? true : undefined}
              onChange={(e) => toggle(option.value, e.currentTarget.checked)}
            />
            <span class="choice-card__text"><FT value={option.label} /></span>
          </label>
        ))}
      </div>
    </FieldFrame>
  );
}

import type { FieldOf } from '../../../lib/forms/form-schema';
import { FT } from '../form-content';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';
import { TextControl } from './text-control';

/**
 * A number typed on a keypad. A text box, not type=number: that one swallows
 * full-width digits from a Japanese IME and changes value on a scroll wheel.
 * The runner keeps the text; validation and submission parse it.
 */
export function NumberField(props: FieldControlProps<FieldOf<'number'>>) {
  const { field, ids } = props;
  const unitId = `${ids.control}-unit`;
  const whole = (field.step ?? 1) % 1 === 0 && field.min >= 0;
  return (
    <FieldFrame field={field} ids={ids} error={props.error}>
      <span class="field__with-unit">
        <TextControl
          {...props}
          inputMode={whole ? 'numeric' : 'decimal'}
          osk="numeric"
          normalize={(text) => text.normalize('NFKC').trim()}
          extraDescribedBy={field.unit ? unitId : undefined}
        />
        {field.unit && <span id={unitId} class="field__unit"><FT value={field.unit} /></span>}
      </span>
    </FieldFrame>
  );
}

import type { FieldOf } from '../../../lib/forms/form-schema';
import { FT } from '../form-content';
import { useFormsT } from '../forms-i18n';
import { offersSteps, steppedValue } from './number-steps';
import { FieldFrame } from './field-frame';
import { asText, type FieldControlProps } from './field-props';
import { TextControl } from './text-control';

/**
 * A number typed on a keypad, or, for a small count (1 to 10 items), stepped with − and +:
 * one touch instead of opening the keypad, typing and closing it. A text box, not type=number: that one swallows
 * full-width digits from a Japanese IME and changes value on a scroll wheel.
 * The runner keeps the text; validation and submission parse it.
 */
export function NumberField(props: FieldControlProps<FieldOf<'number'>>) {
  const { field, ids } = props;
  const unitId = `${ids.control}-unit`;
  const t = useFormsT();
  const whole = (field.step ?? 1) % 1 === 0 && field.min >= 0;
  const steps = whole && offersSteps(field.min, field.max, field.step);
  const stepBy = (direction: -1 | 1) => props.onChange(steppedValue(asText(props.value), direction, field.min, field.max, field.step));
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
        {steps && (
          <span class="field__steps">
            <button type="button" class="button field__step" aria-label={t('stepper.less')} aria-controls={ids.control} onClick={() => stepBy(-1)}>−</button>
            <button type="button" class="button field__step" aria-label={t('stepper.more')} aria-controls={ids.control} onClick={() => stepBy(1)}>＋</button>
          </span>
        )}
      </span>
    </FieldFrame>
  );
}

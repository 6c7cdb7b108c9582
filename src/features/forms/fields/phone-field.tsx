import type { FieldOf } from '../../../lib/forms/form-schema';
import { normalizePhone } from '../../../lib/forms/phone';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';
import { TextControl } from './text-control';

/** A Japanese phone number; ０９０ー… from an IME becomes 090-… when the box is left. */
export function PhoneField(props: FieldControlProps<FieldOf<'phone'>>) {
  return (
    <FieldFrame field={props.field} ids={props.ids} error={props.error}>
      <TextControl {...props} type="tel" inputMode="tel" autocomplete="tel" osk="numeric" normalize={normalizePhone} />
    </FieldFrame>
  );
}

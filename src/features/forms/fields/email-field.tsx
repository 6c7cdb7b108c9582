import type { FieldOf } from '../../../lib/forms/form-schema';
import { normalizeEmail } from '../../../lib/forms/text-normalize';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';
import { TextControl } from './text-control';

/** An email address, typed on the alphabet keyboard. */
export function EmailField(props: FieldControlProps<FieldOf<'email'>>) {
  return (
    <FieldFrame field={props.field} ids={props.ids} error={props.error}>
      <TextControl {...props} type="email" inputMode="email" autocomplete="email" osk="alpha" normalize={normalizeEmail} />
    </FieldFrame>
  );
}

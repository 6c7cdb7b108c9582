import type { FieldOf } from '../../../lib/forms/form-schema';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';
import { TextControl } from './text-control';

/** Short free text (a subject, a shelter's name): typed with the kana keyboard on kiosks. */
export function TextField(props: FieldControlProps<FieldOf<'text'>>) {
  return (
    <FieldFrame field={props.field} ids={props.ids} error={props.error}>
      <TextControl {...props} osk="kana" />
    </FieldFrame>
  );
}

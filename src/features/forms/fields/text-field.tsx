import type { FieldOf } from '../../../lib/forms/form-schema';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';
import { TextControl } from './text-control';

/**
 * Short free text (a subject, a shelter's name): on a kiosk it opens the reader's own
 * keyboard (kana for Japanese, 한글 for Korean, Latin with accents for Vietnamese…).
 */
export function TextField(props: FieldControlProps<FieldOf<'text'>>) {
  return (
    <FieldFrame field={props.field} ids={props.ids} error={props.error}>
      <TextControl {...props} />
    </FieldFrame>
  );
}

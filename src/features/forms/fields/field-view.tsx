import type { FunctionComponent } from 'preact';
import type { Answers, AnswerValue } from '../../../lib/forms/answers';
import type { Field, FieldType } from '../../../lib/forms/form-schema';
import type { FieldError } from '../../../lib/forms/validate';
import { AddressField } from './address-field';
import { ChoiceField } from './choice-field';
import { ConsentField } from './consent-field';
import { DateField } from './date-field';
import { EmailField } from './email-field';
import { describedBy, fieldIds, type FieldControlProps } from './field-props';
import { FileField } from './file-field';
import { LocationField } from './location-field';
import { NumberField } from './number-field';
import { PersonNameField } from './person-name-field';
import { PhoneField } from './phone-field';
import { PostalCodeField } from './postal-code-field';
import { TextField } from './text-field';
import { TextareaField } from './textarea-field';
import { TimeField } from './time-field';

/** One component per field type; the map is total, so a new type in the schema fails to compile here. */
const components: { [T in FieldType]: FunctionComponent<FieldControlProps<Extract<Field, { type: T }>>> } = {
  text: TextField,
  textarea: TextareaField,
  number: NumberField,
  choice: ChoiceField,
  date: DateField,
  time: TimeField,
  'person-name': PersonNameField,
  'postal-code': PostalCodeField,
  address: AddressField,
  phone: PhoneField,
  email: EmailField,
  consent: ConsentField,
  file: FileField,
  location: LocationField,
};

export interface FieldViewProps {
  field: Field;
  answers: Answers;
  error: FieldError | undefined;
  kiosk: boolean;
  setAnswer: (id: string, value: AnswerValue | undefined) => void;
}

export function FieldView({ field, answers, error, kiosk, setAnswer }: FieldViewProps) {
  const ids = fieldIds(field.id);
  const Component = components[field.type] as FunctionComponent<FieldControlProps>;
  return (
    <Component
      field={field}
      value={answers[field.id]}
      onChange={(value) => setAnswer(field.id, value)}
      error={error}
      ids={ids}
      describedBy={describedBy(field, ids, error)}
      kiosk={kiosk}
      answers={answers}
      setAnswer={setAnswer}
    />
  );
}

import type { Answers, AnswerValue } from '../../../lib/forms/answers';
import type { Field } from '../../../lib/forms/form-schema';
import type { FieldError } from '../../../lib/forms/validate';

/** Element ids of one field: the control, its help, its error, its wrapper (the error summary links there). */
export interface FieldIds {
  wrapper: string;
  control: string;
  help: string;
  error: string;
}

export function fieldIds(fieldId: string): FieldIds {
  const base = `field-${fieldId}`;
  return { wrapper: base, control: `${base}-input`, help: `${base}-help`, error: `${base}-error` };
}

/** What every field control receives from the runner. */
export interface FieldControlProps<F extends Field = Field> {
  field: F;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error: FieldError | undefined;
  ids: FieldIds;
  /** The ids that describe the control: error first, so it is heard first, then help. */
  describedBy: string | undefined;
  kiosk: boolean;
  /** The other answers and a setter, for a postal code that fills its address field. */
  answers: Answers;
  setAnswer: (id: string, value: AnswerValue | undefined) => void;
}

export function describedBy(field: Field, ids: FieldIds, error: FieldError | undefined, ...extra: string[]): string | undefined {
  const list = [error ? ids.error : '', field.help ? ids.help : '', ...extra].filter((id) => id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * autocomplete for a personal field: the right token on a phone (the browser's
 * own autofill helps its owner); always "off" on a kiosk, where Chromium must
 * neither suggest the last person's entries nor save this person's (it also
 * keeps "off" fields out of the session-restore state it writes to disk).
 */
export function autocompleteFor(kiosk: boolean, token?: string): string | undefined {
  return kiosk ? 'off' : token;
}

export const asText = (value: AnswerValue | undefined): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

import { visibleFieldIds, type Answers } from './answers';
import type { FieldError } from './field-error';
import type { Field, FormDef } from './form-schema';
import { validateField } from './validate-field';

export type { FieldError, FieldErrorCode } from './field-error';
export { validateField } from './validate-field';

/**
 * Errors of the fields on one page of the form runner, by field id, in form
 * order. Hidden fields are never errors: `required` holds only while a field is shown.
 */
export function validateSection(def: FormDef, sectionIndex: number, answers: Answers, now: Date): Map<string, FieldError> {
  return validateFields(def.sections[sectionIndex]?.fields ?? [], visibleFieldIds(def, answers), answers, now);
}

/** Errors of the whole form, for the review page and the final check before encryption. */
export function validateAll(def: FormDef, answers: Answers, now: Date): Map<string, FieldError> {
  return validateFields(def.sections.flatMap((s) => s.fields), visibleFieldIds(def, answers), answers, now);
}

/** Index of the first section with an error, to send the person back to it from the review page. */
export function firstSectionWithError(def: FormDef, errors: ReadonlyMap<string, FieldError>): number | undefined {
  const index = def.sections.findIndex((s) => s.fields.some((f) => errors.has(f.id)));
  return index === -1 ? undefined : index;
}

function validateFields(fields: Field[], visible: Set<string>, answers: Answers, now: Date): Map<string, FieldError> {
  const errors = new Map<string, FieldError>();
  for (const field of fields) {
    if (!visible.has(field.id)) continue;
    const error = validateField(field, answers[field.id], now);
    if (error) errors.set(field.id, error);
  }
  return errors;
}

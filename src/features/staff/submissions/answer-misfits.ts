import { allFields, visibleFieldIds, type AnswerValue, type Answers } from '../../../lib/forms/answers';
import type { Field, FormDef } from '../../../lib/forms/form-schema';
import { validateField } from '../../../lib/forms/validate-field';

/**
 * The answers that the citizen's app could not have sent: values the form's own validator
 * refuses (wrong shape, out of range, an option the form lacks), a required field left out,
 * an answer to a field that was hidden, or to one the form does not have. The ciphertext is
 * sealed to the department's public key, which anyone can read from the pack, so its
 * contents are as trustworthy as a letter with no sender: staff are told what does not fit.
 *
 * `at` is when the submission arrived, so "from a week from today" is judged as on that day.
 * Field ids in form order, then unknown ids.
 */
export function answerMisfits(def: FormDef, answers: Readonly<Record<string, unknown>>, at: Date): string[] {
  const fields = allFields(def);
  const typed = answers as Answers;
  let visible: Set<string>;
  try {
    visible = visibleFieldIds(def, typed);
  } catch {
    // A condition's field holds something the rules cannot compare: judge every field.
    visible = new Set(fields.map((field) => field.id));
  }
  const misfits = fields.filter((field) => !fits(field, answers[field.id], visible.has(field.id), at)).map((field) => field.id);
  const known = new Set(fields.map((field) => field.id));
  return [...misfits, ...Object.keys(answers).filter((id) => !known.has(id))];
}

function fits(field: Field, value: unknown, visible: boolean, at: Date): boolean {
  if (!visible) return value === undefined;
  try {
    return validateField(field, value as AnswerValue | undefined, at) === undefined;
  } catch {
    // The validator assumes the shapes the app makes; anything that trips it does not fit.
    return false;
  }
}

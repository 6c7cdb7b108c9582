import type { Answers, AnswerValue } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { offersSteps } from './fields/number-steps';

/**
 * What a fresh form starts with: a required count of things shown with − and + (1 to 10
 * items) starts at its smallest allowed value, as a quantity does in a shop, rather than
 * as an empty box whose + gives that same value. The citizen sees it, changes it with
 * one tap and checks it on the review page. Only counts always on the page: a hidden
 * question is never answered for them. Nothing else is ever filled in advance.
 */
export function startingAnswers(def: FormDef): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const field of def.sections.flatMap((s) => s.fields)) {
    if (field.type !== 'number' || !field.required || field.visibleWhen) continue;
    const step = field.step ?? 1;
    if (step % 1 !== 0 || field.min < 1 || !offersSteps(field.min, field.max, step)) continue;
    answers[field.id] = String(field.min);
  }
  return answers;
}

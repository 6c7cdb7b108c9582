import { useState } from 'preact/hooks';
import type { Answers, AnswerValue } from '../../../lib/forms/answers';
import type { Field, Localized } from '../../../lib/forms/form-schema';
import type { FieldError } from '../../../lib/forms/validate';
import { FormContentProvider } from '../form-content';
import { FieldView } from '../fields/field-view';

/** The same text in every form language, for made-up test fields. */
export const L = (ja: string): Localized => ({ ja, 'ja-easy': ja, en: ja, 'zh-Hans': ja, ko: ja, vi: ja });

/** The latest answers of the last rendered harness. */
export const seen: { answers: Answers } = { answers: {} };

/** One field as the runner renders it, with the answers kept in state like the runner does. */
export function FieldHarness({ field, kiosk = false, initial = {}, error }: { field: Field; kiosk?: boolean; initial?: Answers; error?: FieldError }) {
  const [answers, setAnswers] = useState<Answers>(initial);
  seen.answers = answers;
  const setAnswer = (id: string, value: AnswerValue | undefined) => setAnswers((a) => ({ ...a, [id]: value }));
  return (
    <FormContentProvider value={{ lang: 'ja', japaneseFallback: false, ruby: {} }}>
      <FieldView field={field} answers={answers} error={error} kiosk={kiosk} setAnswer={setAnswer} />
    </FormContentProvider>
  );
}

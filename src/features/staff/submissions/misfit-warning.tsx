import type { FormDef } from '../../../lib/forms/form-schema';
import { allFields } from '../../../lib/forms/answers';
import { useStaffText } from '../ui/staff-text';
import { answerMisfits } from './answer-misfits';

/** Names the answers that do not fit the form, above them; nothing when all fit. */
export function MisfitWarning({ def, answers, at }: { def: FormDef; answers: Record<string, unknown>; at: string }) {
  const { t, lang } = useStaffText();
  const misfits = answerMisfits(def, answers, new Date(at));
  if (misfits.length === 0) return null;
  const fields = allFields(def);
  const labels = misfits.map((id) => fields.find((f) => f.id === id)?.label[lang] ?? id);
  return <p class="staff-warning" role="alert">{t('detail.misfits', { fields: labels.join(lang === 'ja' ? '、' : ', ') })}</p>;
}

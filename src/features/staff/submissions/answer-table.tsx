import type { FormDef } from '../../../lib/forms/form-schema';
import { base64ToBytes, downloadBytes } from '../ui/download';
import { useStaffText } from '../ui/staff-text';
import type { AnswerWords } from './answer-cells';
import { answerSections } from './answer-sections';

/** The decrypted answers, a table per section of the form. */
export function AnswerTable({ def, answers, words }: { def: FormDef | undefined; answers: Record<string, unknown>; words: AnswerWords }) {
  const { t } = useStaffText();
  const sections = answerSections(def, answers, words);
  if (sections.length === 0) return <p>{t('detail.noAnswers')}</p>;
  return (
    <div class="stack">
      {sections.map((section, i) => (
        <table class="staff-table staff-answers" key={section.title ?? `other-${i}`}>
          <caption>{section.title ?? t('detail.otherFields')}</caption>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  <span class={row.raw ? 'staff-answer staff-answer--raw' : 'staff-answer'}>{row.text}</span>
                  {row.raw && <span class="staff-raw-note"> {t('detail.rawNote')}</span>}
                  {row.file && (
                    <>
                      {' '}
                      <button type="button" class="button staff-small-button"
                        onClick={() => row.file && downloadBytes(base64ToBytes(row.file.dataBase64), row.file.name, row.file.type || 'application/octet-stream')}>
                        {t('detail.saveFile', { name: row.file.name })}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

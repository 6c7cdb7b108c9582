import { useState } from 'preact/hooks';
import { keyRing } from '../keys/key-ring';
import type { ListFilter } from '../submissions/submission-filter';
import { answerMisfits } from '../submissions/answer-misfits';
import { readFormDef } from '../submissions/pack-forms';
import { downloadBytes } from '../ui/download';
import { errorMessage } from '../ui/error-message';
import { StaffIcon } from '../ui/staff-icon';
import { useStaffText, type StaffText } from '../ui/staff-text';
import { csvFileName } from './csv-file-name';
import { collectExport, type ExportProblem, type ExportProgress } from './collect-export';
import { csvTable } from './csv-table';
import { csvWords } from './csv-words';
import { csvEncodings, toCsv, type CsvEncoding } from './to-csv';
import { ExportStatus, type ExportOutcome } from './export-status';

function problemText(text: StaffText, problem: ExportProblem): string {
  if (problem.kind === 'api') return errorMessage(text, problem.failure);
  if (problem.kind === 'empty') return text.t('export.empty');
  return text.t('export.missingKeys', { keyIds: problem.keyIds.join('、') });
}

/** CSV for Excel of the current filter's form: decrypted here, saved from a Blob, never sent anywhere. */
export function ExportPanel({ filter }: { filter: ListFilter }) {
  const text = useStaffText();
  const { t } = text;
  const [encoding, setEncoding] = useState<CsvEncoding>('utf-8-bom');
  const [progress, setProgress] = useState<ExportProgress | undefined>();
  const [outcome, setOutcome] = useState<ExportOutcome | undefined>();
  const { formId, status } = filter;

  async function run() {
    if (!formId) return;
    setOutcome(undefined);
    const result = await collectExport({ formId, status }, keyRing.value, setProgress);
    setProgress(undefined);
    if (!result.ok) return setOutcome({ error: problemText(text, result.error) });
    // Without the definition (form gone from the pack) the columns are field ids: still every answer.
    const def = await readFormDef(formId);
    const { rows } = result.value;
    const table = csvTable(def, rows, csvWords(text));
    const misfits = def ? rows.filter((r) => r.answers && answerMisfits(def, r.answers, new Date(r.receivedAt)).length > 0) : [];
    const file = toCsv(table, encoding);
    const type = encoding === 'shift_jis' ? 'text/csv;charset=shift_jis' : 'text/csv;charset=utf-8';
    downloadBytes(file.bytes, csvFileName(formId, new Date()), type);
    setOutcome({ rows: rows.length, replaced: file.replaced, unreadable: result.value.unreadable, misfits: misfits.map((r) => r.receiptNumber) });
  }

  return (
    <section class="card stack" aria-labelledby="staff-export-title">
      <h2 id="staff-export-title"><StaffIcon name="download" /> {t('export.title')}</h2>
      {!formId ? (
        <p>{t('export.chooseForm')}</p>
      ) : (
        <>
          <fieldset class="staff-choices">
            <legend>{t('export.encoding')}</legend>
            {csvEncodings.map((e) => (
              <label key={e} class="staff-choice">
                <input type="radio" name="staff-csv-encoding" value={e} checked={encoding === e} onChange={() => setEncoding(e)} />
                {t(`export.encodings.${e}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" class="button button--primary" disabled={progress !== undefined} onClick={() => void run()}>
            {t('export.run')}
          </button>
        </>
      )}
      <ExportStatus progress={progress} outcome={outcome} />
    </section>
  );
}

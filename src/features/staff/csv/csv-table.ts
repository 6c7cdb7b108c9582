import { allFields } from '../../../lib/forms/answers';
import type { FormDef } from '../../../lib/forms/form-schema';
import type { SubmissionStatus } from '../api/staff-api';
import { formatCsvDateTime } from '../ui/format';
import { fieldCells, fieldHeadings, rawText, type AnswerWords } from '../submissions/answer-cells';
import { answerMisfits } from '../submissions/answer-misfits';

export interface ExportRow {
  receiptNumber: string;
  receivedAt: string;
  status: SubmissionStatus;
  /** Undefined when this submission could not be decrypted: its answer cells stay empty. */
  answers: Record<string, unknown> | undefined;
}

export interface CsvWords extends AnswerWords {
  receiptNumber: string;
  receivedAt: string;
  status: string;
  statusLabel: Record<SubmissionStatus, string>;
  /** Heading of the column that flags answers not fitting the form. */
  check: string;
  misfit: (fields: string[]) => string;
}

/**
 * A cell that starts like a formula (=, +, -, @, or a tab or line break before one) would be
 * run by Excel when staff open the file. A leading apostrophe makes Excel take it as text
 * (OWASP's advice for CSV injection). Judged by the value, never by the field's type: the
 * ciphertext can be made by anyone with the public key, so a number field may hold text.
 * Only a plain decimal number, which Excel reads as a number, is left alone.
 */
export function neutralizeFormula(cell: string): string {
  if (/^-?\d+(?:\.\d+)?$/.test(cell)) return cell;
  return /^[\s]*[=+\-@]|^[\t\r\n]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The CSV of one form: receipt number, received at, status, a check column naming answers
 * that do not fit the form, then each field's columns in form order. Every cell that came
 * out of a ciphertext, headings of unknown answers included, is neutralised.
 */
export function csvTable(def: FormDef | undefined, rows: readonly ExportRow[], words: CsvWords): string[][] {
  const fields = def ? allFields(def) : [];
  const known = new Set(fields.map((f) => f.id));
  // Answers to fields the form does not have (an older version) get columns at the end.
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row.answers ?? {}).filter((id) => !known.has(id))))];
  const header = [
    words.receiptNumber, words.receivedAt, words.status, words.check,
    ...fields.flatMap((f) => fieldHeadings(f, words)), ...extra.map(neutralizeFormula),
  ];
  const label = (id: string) => fields.find((f) => f.id === id)?.label[words.lang] ?? id;
  const body = rows.map((row) => {
    const answers = row.answers ?? {};
    const cells = fields.flatMap((field) => {
      const width = fieldHeadings(field, words).length;
      const value = answers[field.id];
      const text = fieldCells(field, value, words) ?? [rawText(value), ...Array<string>(width - 1).fill('')];
      return text.map(neutralizeFormula);
    });
    const rest = extra.map((id) => (answers[id] === undefined ? '' : neutralizeFormula(rawText(answers[id]))));
    const misfits = row.answers && def ? answerMisfits(def, row.answers, new Date(row.receivedAt)) : [];
    const check = misfits.length > 0 ? neutralizeFormula(words.misfit(misfits.map(label))) : '';
    return [row.receiptNumber, formatCsvDateTime(row.receivedAt), words.statusLabel[row.status], check, ...cells, ...rest];
  });
  return [header, ...body];
}

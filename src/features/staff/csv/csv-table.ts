import { allFields } from '../../../lib/forms/answers';
import type { FormDef } from '../../../lib/forms/form-schema';
import type { SubmissionStatus } from '../api/staff-api';
import { formatCsvDateTime } from '../ui/format';
import { fieldCells, fieldHeadings, rawText, type AnswerWords } from '../submissions/answer-cells';

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
}

/**
 * A cell a citizen typed that starts like a formula (=, +, -, @) would be run by Excel
 * when staff open the file. A leading apostrophe makes Excel take it as text (OWASP's
 * advice for CSV injection); numbers are left alone.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The CSV of one form: receipt number, received at, status, then each field's columns in form order. */
export function csvTable(def: FormDef | undefined, rows: readonly ExportRow[], words: CsvWords): string[][] {
  const fields = def ? allFields(def) : [];
  const known = new Set(fields.map((f) => f.id));
  // Answers to fields the form does not have (an older version) get columns at the end.
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row.answers ?? {}).filter((id) => !known.has(id))))];
  const header = [words.receiptNumber, words.receivedAt, words.status, ...fields.flatMap((f) => fieldHeadings(f, words)), ...extra];
  const body = rows.map((row) => {
    const answers = row.answers ?? {};
    const cells = fields.flatMap((field) => {
      const width = fieldHeadings(field, words).length;
      const value = answers[field.id];
      const text = fieldCells(field, value, words) ?? [rawText(value), ...Array<string>(width - 1).fill('')];
      return field.type === 'number' ? text : text.map(neutralizeFormula);
    });
    const rest = extra.map((id) => (answers[id] === undefined ? '' : neutralizeFormula(rawText(answers[id]))));
    return [row.receiptNumber, formatCsvDateTime(row.receivedAt), words.statusLabel[row.status], ...cells, ...rest];
  });
  return [header, ...body];
}

import type { FileAnswer } from '../../../lib/forms/answers';
import type { FormDef } from '../../../lib/forms/form-schema';
import { fieldCells, fieldHeadings, rawText, type AnswerWords } from './answer-cells';

export interface AnswerRow {
  key: string;
  label: string;
  text: string;
  /** Shown as it came: the value does not fit the field, or the form has no such field. */
  raw: boolean;
  /** An attached file the screen can offer to save. */
  file?: FileAnswer;
}

export interface AnswerSection {
  /** Null for answers to fields the form (as the pack has it) does not have. */
  title: string | null;
  rows: AnswerRow[];
}

const isFile = (value: unknown): value is FileAnswer =>
  typeof value === 'object' && value !== null && typeof (value as FileAnswer).name === 'string' &&
  typeof (value as FileAnswer).dataBase64 === 'string';

/**
 * The answers of one submission in the form's order and words, section by section.
 * Only answered fields are listed: the citizen's device leaves out empty and hidden ones.
 */
export function answerSections(def: FormDef | undefined, answers: Record<string, unknown>, words: AnswerWords): AnswerSection[] {
  const sections: AnswerSection[] = [];
  const known = new Set<string>();
  for (const section of def?.sections ?? []) {
    const rows: AnswerRow[] = [];
    for (const field of section.fields) {
      known.add(field.id);
      const value = answers[field.id];
      if (value === undefined) continue;
      const headings = fieldHeadings(field, words);
      const cells = fieldCells(field, value, words);
      if (!cells) {
        rows.push({ key: field.id, label: headings[0] ?? field.id, text: rawText(value), raw: true });
        continue;
      }
      cells.forEach((text, i) => {
        const row: AnswerRow = { key: `${field.id}.${i}`, label: headings[i] ?? field.id, text, raw: false };
        if (field.type === 'file' && isFile(value)) row.file = value;
        rows.push(row);
      });
    }
    if (rows.length > 0) sections.push({ title: section.title[words.lang] ?? section.title.ja, rows });
  }
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    sections.push({ title: null, rows: unknown.map((id) => ({ key: id, label: id, text: rawText(answers[id]), raw: true })) });
  }
  return sections;
}

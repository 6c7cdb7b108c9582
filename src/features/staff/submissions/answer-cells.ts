import type { Field } from '../../../lib/forms/form-schema';
import type { StaffLanguage } from '../ui/staff-text';

/** The words an answer needs that are not in the form: the console's own strings. */
export interface AnswerWords {
  lang: StaffLanguage;
  yes: string;
  no: string;
  /** Heading of the フリガナ column of a name field, e.g. "氏名（フリガナ）". */
  kanaHeading: (label: string) => string;
}

/**
 * Between the options of a multi-choice answer: a line break. Option labels are single
 * lines (the form schema refuses a break in them) and unknown values are kebab-case ids,
 * so a break can never come from inside a value, as 「・」 could (「たんす・棚」 is one
 * option). On screen each option is a line; in Excel a cell with line breaks shows one per line.
 */
export const CHOICE_SEPARATOR = '\n';

/** The options of a multi-choice answer as one text, one option per line. */
export function joinChoices(labels: readonly string[]): string {
  return labels.join(CHOICE_SEPARATOR);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Headings of one field's columns: a name has two, 氏名 and its フリガナ. */
export function fieldHeadings(field: Field, words: AnswerWords): string[] {
  const label = field.label[words.lang] ?? field.label.ja;
  return field.type === 'person-name' ? [label, words.kanaHeading(label)] : [label];
}

/**
 * One answer as text, one string per heading. Undefined when the value does not have the
 * field's shape (a newer form version, a bug, a forged payload): the caller shows it raw.
 */
export function fieldCells(field: Field, value: unknown, words: AnswerWords): string[] | undefined {
  if (value === undefined) return fieldHeadings(field, words).map(() => '');
  switch (field.type) {
    case 'person-name':
      return isRecord(value) && typeof value.name === 'string' && typeof value.kana === 'string' ? [value.name, value.kana] : undefined;
    case 'choice': {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      if (!values.every((v): v is string => typeof v === 'string')) return undefined;
      // An option the form no longer has keeps its value, so nothing is lost; one with a
      // line break in it would pass for two options, so the answer is shown raw instead.
      const labels = values.map((v) => field.options.find((o) => o.value === v)?.label[words.lang] ?? v);
      return labels.some((label) => /[\r\n]/.test(label)) ? undefined : [joinChoices(labels)];
    }
    case 'number':
      return typeof value === 'number' || typeof value === 'string' ? [String(value)] : undefined;
    case 'consent':
      return typeof value === 'boolean' ? [value ? words.yes : words.no] : undefined;
    case 'file':
      // The name only: the file itself is opened from the submission screen.
      return isRecord(value) && typeof value.name === 'string' ? [value.name] : undefined;
    case 'location':
      if (isRecord(value) && typeof value.lat === 'number' && typeof value.lng === 'number') return [`${value.lat}, ${value.lng}`];
      return isRecord(value) && typeof value.description === 'string' ? [value.description] : undefined;
    default:
      return typeof value === 'string' ? [value] : undefined;
  }
}

const RAW_STRING_LIMIT = 200;

/** A value shown as it came, as JSON; long strings (an attached file's bytes) are cut short. */
export function rawText(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && v.length > RAW_STRING_LIMIT ? `${v.slice(0, RAW_STRING_LIMIT)}…(${v.length})` : v,
  );
  return text ?? String(value);
}

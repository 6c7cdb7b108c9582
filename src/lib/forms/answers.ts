import type { Field, FieldType, FormDef, VisibleWhen } from './form-schema';
import { normalizeAnswer } from './normalize-answer';

/**
 * What a citizen has entered, by field id. A draft keeps every value, also of
 * fields that a later choice hid, so changing one's mind back restores them;
 * only `submittableAnswers` decides what leaves the device.
 */
export interface PersonName {
  name: string;
  /** フリガナ in full-width katakana. */
  kana: string;
}
export type LocationAnswer = { lat: number; lng: number } | { description: string };
export interface FileAnswer {
  name: string;
  /** MIME type as the browser reported it (may be "" for HEIC on some systems). */
  type: string;
  size: number;
  dataBase64: string;
}

/** The value each field type holds. Dates are YYYY-MM-DD, times HH:MM, both Japan time. */
export interface AnswerByType {
  text: string;
  textarea: string;
  /** A string while the person is typing on a keypad; a number once parsed. */
  number: number | string;
  /** One option value, or several when the choice is `multiple`. */
  choice: string | string[];
  date: string;
  time: string;
  'person-name': PersonName;
  'postal-code': string;
  address: string;
  phone: string;
  email: string;
  consent: boolean;
  file: FileAnswer;
  location: LocationAnswer;
}
export type AnswerValue = AnswerByType[FieldType];
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Whether a condition holds for the controlling field's value (multi-select: "includes"). */
export function conditionHolds(condition: VisibleWhen, value: AnswerValue | undefined): boolean {
  const selected = Array.isArray(value) ? value : [value];
  if ('in' in condition) return selected.some((v) => typeof v === 'string' && condition.in.includes(v));
  // An unticked consent is false, not "no answer".
  if (typeof condition.equals === 'boolean') return (value === true) === condition.equals;
  return selected.includes(condition.equals);
}

/**
 * Ids of the fields shown for these answers. A field whose controlling field is
 * itself hidden is hidden too: a stale answer behind a hidden question must not
 * open further questions. Conditions only point backwards, so one pass suffices.
 */
export function visibleFieldIds(def: FormDef, answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const field of allFields(def)) {
    const condition = field.visibleWhen;
    if (!condition || (visible.has(condition.field) && conditionHolds(condition, answers[condition.field]))) visible.add(field.id);
  }
  return visible;
}

/** The fields shown for these answers, in form order. */
export function visibleFields(def: FormDef, answers: Answers): Field[] {
  const visible = visibleFieldIds(def, answers);
  return allFields(def).filter((f) => visible.has(f.id));
}

/** The fields of one section shown for these answers (a section may end up empty). */
export function visibleFieldsInSection(def: FormDef, sectionIndex: number, answers: Answers): Field[] {
  const visible = visibleFieldIds(def, answers);
  return (def.sections[sectionIndex]?.fields ?? []).filter((f) => visible.has(f.id));
}

export function allFields(def: FormDef): Field[] {
  return def.sections.flatMap((s) => s.fields);
}

/**
 * What is encrypted and sent: visible fields only, in form order, normalised
 * (trimmed, full-width digits made ASCII, フリガナ in katakana), with empty
 * answers left out. Answers to ids the form does not have are dropped, so a
 * draft from an older version of the form cannot smuggle extra keys.
 */
export function submittableAnswers(def: FormDef, answers: Answers): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const field of visibleFields(def, answers)) {
    const value = normalizeAnswer(field, answers[field.id]);
    if (value !== undefined) out[field.id] = value;
  }
  return out;
}

import * as v from 'valibot';
import { languageCodes, type LanguageCode } from '../../../contract/languages';
import { isoDate, perTranslation, translatedCodes, translationMark, type TranslatedCode } from '../content/schema/common';
import { err, ok, type Result } from '../result';
import { formRuleIssues } from './form-rules';
import { formLanguageIssues } from './form-language-rules';
import { isDateBound } from './japan-date';
import { MAX_SUBMISSION_BYTES } from '../../../contract/submission-limits';
import { submissionSizeIssues } from './submission-size';

/**
 * The schema of a form definition (content/forms/<id>.json): one source for the
 * content build, the form runner and the staff console. Strict everywhere: a
 * misspelt key ("requird") is an error, not a field that is silently optional.
 * Rules that look across fields (references, unique ids, My Number) are in
 * form-rules.ts; `parseFormDef` runs both.
 */

/**
 * A form speaks Japanese, its source, and any of the project's languages (contract/languages.ts,
 * the one list); which ones is up to each form, and every text of one form must have the
 * same ones (form-language-rules.ts). A reader of a language the form lacks gets Japanese.
 */
export type FormLanguage = LanguageCode;
function inEveryLanguage<S extends v.GenericSchema<string, string>>(schema: S) {
  const others = Object.fromEntries(translatedCodes.map((code) => [code, v.optional(schema)])) as { [L in TranslatedCode]: v.OptionalSchema<S, undefined> };
  return v.strictObject({ ja: schema, ...others });
}

const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, hyphens)'));
/** Field ids become keys of the submitted JSON and of QR prefill: camelCase ASCII only. */
const fieldId = v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]*$/, 'expected a camelCase field id (a-z, A-Z, 0-9)'));
const text = v.pipe(v.string(), v.check((s) => s.trim() !== '', 'expected some text'));
const positiveInt = v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'));
const weekday = v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0, 'expected 0 (Sunday) to 6 (Saturday)'), v.maxValue(6, 'expected 0 (Sunday) to 6 (Saturday)'));
const dateBound = v.pipe(v.string(), v.check(isDateBound, 'expected "today", "today+N" or a date YYYY-MM-DD'));

const localized = inEveryLanguage(text);

const visibleWhen = v.union(
  [
    v.strictObject({ field: fieldId, equals: v.union([v.string(), v.boolean()]) }),
    v.strictObject({ field: fieldId, in: v.pipe(v.array(v.string()), v.minLength(1, 'expected at least one value')) }),
  ],
  'expected { field, equals } or { field, in: [...] }',
);

const common = {
  id: fieldId,
  label: localized,
  help: v.optional(localized),
  required: v.boolean(),
  visibleWhen: v.optional(visibleWhen),
  prefillable: v.optional(v.boolean()),
};

// One line: staff see a multi-choice answer one option per line (and so does the CSV).
const singleLine = v.pipe(text, v.check((s) => !/[\r\n]/.test(s), 'expected one line (no line breaks)'));
const option = v.strictObject({
  value: kebabId,
  label: inEveryLanguage(singleLine),
});

export const fieldSchema = v.variant('type', [
  v.strictObject({ ...common, type: v.literal('text'), maxLength: positiveInt, minLength: v.optional(positiveInt) }),
  v.strictObject({ ...common, type: v.literal('textarea'), maxLength: positiveInt }),
  v.strictObject({
    ...common, type: v.literal('number'), min: v.number(), max: v.number(),
    step: v.optional(v.pipe(v.number(), v.gtValue(0, 'expected a step above 0'))), unit: v.optional(localized),
  }),
  v.strictObject({ ...common, type: v.literal('choice'), multiple: v.boolean(), options: v.pipe(v.array(option), v.minLength(1, 'expected at least one option')) }),
  v.strictObject({
    ...common, type: v.literal('date'), min: v.optional(dateBound), max: v.optional(dateBound),
    // Days the office never takes (0 = Sunday … 6 = Saturday) and whether national holidays count:
    // the picker greys them and validation refuses them.
    closedWeekdays: v.optional(v.pipe(v.array(weekday), v.minLength(1, 'expected at least one weekday'), v.maxLength(6, 'expected at least one open weekday'))),
    closedOnHolidays: v.optional(v.boolean()),
  }),
  v.strictObject({ ...common, type: v.literal('time') }),
  v.strictObject({ ...common, type: v.literal('person-name') }),
  v.strictObject({ ...common, type: v.literal('postal-code'), fills: v.optional(fieldId) }),
  v.strictObject({ ...common, type: v.literal('address') }),
  v.strictObject({ ...common, type: v.literal('phone') }),
  v.strictObject({ ...common, type: v.literal('email') }),
  v.strictObject({ ...common, type: v.literal('consent'), text: localized }),
  v.strictObject({
    ...common, type: v.literal('file'),
    accept: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'expected a MIME type such as image/jpeg'))), v.minLength(1, 'expected at least one type')),
    maxBytes: positiveInt,
  }),
  v.strictObject({ ...common, type: v.literal('location') }),
]);

export const sectionSchema = v.strictObject({
  id: kebabId,
  title: localized,
  help: v.optional(localized),
  fields: v.pipe(v.array(fieldSchema), v.minLength(1, 'expected at least one field')),
});

export const formDefSchema = v.strictObject({
  id: kebabId,
  version: v.literal(1),
  // A made-up form (everything in this repository) says so, so it is never mistaken for a
  // real one; a city's real forms leave it out or set false.
  sample: v.optional(v.boolean(), false),
  title: localized,
  description: localized,
  department: v.strictObject({
    id: kebabId,
    name: localized,
    phone: v.pipe(v.string(), v.regex(/^0\d{1,4}-\d{1,4}-\d{4}$/, 'expected a phone number such as 0246-22-1111')),
  }),
  keyId: kebabId,
  retentionDays: positiveInt,
  kioskAllowed: v.boolean(),
  /** false: reached only from its own screen (a library hold from the catalogue), not from the forms list. */
  listed: v.optional(v.boolean()),
  /** Bytes one submission may take (the server refuses more); default 256 KB. Forms with photos need more. */
  maxSubmissionBytes: v.optional(v.pipe(positiveInt, v.maxValue(MAX_SUBMISSION_BYTES, `expected at most ${MAX_SUBMISSION_BYTES} bytes`))),
  sections: v.pipe(v.array(sectionSchema), v.minLength(1, 'expected at least one section')),
  /** The date of the Japanese text's last change: the version translations say they were made from. */
  updated: v.optional(isoDate),
  /**
   * Each translation's mark (TranslationMark, as guides and digests carry): the `updated` of
   * the Japanese it was made from, and whether a person has checked it. The content build
   * requires one for every language the form has; until `checked` the form says it is a draft.
   */
  translations: v.optional(perTranslation(translationMark)),
});

export type FormDef = v.InferOutput<typeof formDefSchema>;
export type Section = FormDef['sections'][number];
export type Field = v.InferOutput<typeof fieldSchema>;
export type FieldType = Field['type'];
export type FieldOf<T extends FieldType> = Extract<Field, { type: T }>;
export type Localized = v.InferOutput<typeof localized>;
export type VisibleWhen = NonNullable<Field['visibleWhen']>;

/** One problem in a form definition, readable as `file: path: message`. */
export interface FormIssue {
  file: string;
  path: string;
  message: string;
}

export function formatFormIssue(issue: FormIssue): string {
  return `${issue.file}: ${issue.path || '(top)'}: ${issue.message}`;
}

/**
 * Parses and checks one form definition. `file` only labels the issues; when it
 * is a `.json` path its name must be the form's id, because the id is also the
 * form's URL (/f/<id>) and only the file system keeps those unique.
 */
export function parseFormDef(json: unknown, file: string): Result<FormDef, FormIssue[]> {
  const parsed = v.safeParse(formDefSchema, json);
  if (!parsed.success) return err(parsed.issues.map((issue) => ({ file, path: issuePath(issue.path), message: issueMessage(issue) })));
  const def = parsed.output;
  const issues: FormIssue[] = [...formRuleIssues(def), ...formLanguageIssues(def), ...submissionSizeIssues(def)].map((issue) => ({ file, ...issue }));
  const name = /([^/\\]+)\.json$/.exec(file)?.[1];
  if (name !== undefined && name !== def.id) issues.push({ file, path: 'id', message: `expected the file to be named ${def.id}.json` });
  return issues.length > 0 ? err(issues) : ok(def);
}

type Issue = v.InferIssue<typeof formDefSchema>;

function issuePath(path: Issue['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

/** A text in several languages: the object an unknown key sits in has its Japanese. */
function isLocalizedInput(input: unknown): boolean {
  return typeof input === 'object' && input !== null && typeof (input as Record<string, unknown>).ja === 'string';
}

function issueMessage(issue: Issue): string {
  if (issue.type === 'strict_object' && issue.expected === 'never' && isLocalizedInput(issue.path?.at(-1)?.input)) {
    return `unknown language code ${issue.received}: expected one of ${languageCodes.join(', ')}`;
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown key: not part of the form schema (misspelt?)';
  // Our own messages already say what was expected; valibot's say "Invalid type: …".
  if (issue.message.startsWith('expected')) return `${issue.message}, got ${issue.received}`;
  return `expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
}

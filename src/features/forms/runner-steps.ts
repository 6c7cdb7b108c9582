import { visibleFieldIds, visibleFieldsInSection, type Answers } from '../../lib/forms/answers';
import type { FieldError } from '../../lib/forms/validate';
import type { Field, FormDef } from '../../lib/forms/form-schema';

/**
 * The pages of the runner: one per section that has a visible field for the
 * current answers (a section whose every field a choice hid is skipped), then
 * the review page. A section of consent statements only is no page of its own:
 * its boxes are ticked on the review page, beside 送信, where the answers they
 * cover are in view. A page is a section index, or `sections.length` for review,
 * so a stored draft page survives a change of answers.
 */
export function reviewPage(def: FormDef): number {
  return def.sections.length;
}

/** Only consent statements: asked on the review page. */
export function isConsentSection(section: FormDef['sections'][number]): boolean {
  return section.fields.length > 0 && section.fields.every((f) => f.type === 'consent');
}

export function visibleSections(def: FormDef, answers: Answers): number[] {
  const visible = visibleFieldIds(def, answers);
  return def.sections.flatMap((section, index) => (!isConsentSection(section) && section.fields.some((f) => visible.has(f.id)) ? [index] : []));
}

/** The consent fields the review page asks for, in form order. */
export function reviewConsentFields(def: FormDef, answers: Answers): Field[] {
  return def.sections.flatMap((section, index) => (isConsentSection(section) ? visibleFieldsInSection(def, index, answers) : []));
}

/** The page that shows a section's fields: the review page for consent. */
export function pageOfSection(def: FormDef, section: number): number {
  const s = def.sections[section];
  return s && isConsentSection(s) ? reviewPage(def) : section;
}

/** "2/5": the page's place among the visible sections plus review. */
export function progressOf(def: FormDef, answers: Answers, page: number): { current: number; total: number } {
  const sections = visibleSections(def, answers);
  const total = sections.length + 1;
  if (page >= reviewPage(def)) return { current: total, total };
  const before = sections.filter((s) => s < page).length;
  return { current: before + 1, total };
}

export function nextPage(def: FormDef, answers: Answers, page: number): number {
  return visibleSections(def, answers).find((s) => s > page) ?? reviewPage(def);
}

/** The page before, or undefined on the first page. */
export function previousPage(def: FormDef, answers: Answers, page: number): number | undefined {
  return visibleSections(def, answers).filter((s) => s < page).pop();
}

/** A stored page that no longer fits the form (older version, hidden section) falls back to a visible one. */
export function clampPage(def: FormDef, answers: Answers, page: number): number {
  if (!Number.isInteger(page) || page < 0) return visibleSections(def, answers)[0] ?? reviewPage(def);
  if (page >= reviewPage(def)) return reviewPage(def);
  return visibleSections(def, answers).includes(page) ? page : nextPage(def, answers, page);
}

/**
 * Errors that the citizen can act on here. On a kiosk file fields are not
 * shown (phones only), so they cannot be errors; their answers are never sent.
 */
export function actionableErrors(def: FormDef, errors: ReadonlyMap<string, FieldError>, kiosk: boolean): Map<string, FieldError> {
  if (!kiosk) return new Map(errors);
  const files = new Set(def.sections.flatMap((s) => s.fields).filter((f) => f.type === 'file').map((f) => f.id));
  return new Map([...errors].filter(([id]) => !files.has(id)));
}

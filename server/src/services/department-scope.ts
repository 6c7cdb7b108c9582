import type { FormRegistry } from './forms.js';
import type { ActiveSession } from './sessions.js';

/**
 * Which forms' submissions a staff member may list, open, export and mark processed:
 * every form for an administrator; otherwise the forms whose department they belong to.
 * A form that names no department, or a submission for a form no longer in the content,
 * is for administrators only: better a colleague asks than a citizen's answers go astray.
 */
export type FormScope = 'all' | ReadonlySet<string>;

export function formScope(staff: Pick<ActiveSession, 'role' | 'departments'>, forms: FormRegistry): FormScope {
  if (staff.role === 'admin') return 'all';
  const mine = new Set(staff.departments);
  return new Set(forms.list().filter((form) => form.department !== null && mine.has(form.department)).map((form) => form.id));
}

export function inScope(scope: FormScope, formId: string): boolean {
  return scope === 'all' || scope.has(formId);
}

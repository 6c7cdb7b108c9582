import { useMemo } from 'preact/hooks';
import { packPaths, type FormIndexEntry, type PackForm } from '../../../lib/content/pack-types';
import { parseFormDef, type FormDef } from '../../../lib/forms/form-schema';
import { readContent, useContent } from '../../../runtime/content/content-store';
import type { StaffLanguage } from '../ui/staff-text';

/**
 * Form titles and labels come from the content pack the app already keeps in IndexedDB,
 * so the console shows what citizens saw. Until the pack is in, screens show form ids.
 */
export function useFormIndex(): readonly FormIndexEntry[] {
  const state = useContent<FormIndexEntry[]>(packPaths.formIndex);
  return state.status === 'ready' ? state.data : [];
}

export function formTitle(forms: readonly FormIndexEntry[], formId: string, lang: StaffLanguage): string {
  const entry = forms.find((f) => f.id === formId);
  return entry?.title[lang] ?? entry?.title.ja ?? formId;
}

function parsedDef(formId: string, pack: PackForm): FormDef | undefined {
  const parsed = parseFormDef(pack.def, `${formId}.json`);
  // A definition this version of the console cannot read: answers are shown raw instead.
  return parsed.ok ? parsed.value : undefined;
}

/** For a task that must not start before the definition is in (the CSV export). */
export async function readFormDef(formId: string): Promise<FormDef | undefined> {
  const pack = await readContent<PackForm>(packPaths.form(formId)).catch(() => undefined);
  return pack && parsedDef(formId, pack);
}

export type FormDefState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; def: FormDef };

/** One form's definition, checked with the same schema the form runner uses. */
export function useFormDef(formId: string | undefined): FormDefState {
  const state = useContent<PackForm>(formId ? packPaths.form(formId) : undefined);
  return useMemo((): FormDefState => {
    if (!formId) return { status: 'missing' };
    if (state.status !== 'ready') return state;
    const def = parsedDef(formId, state.data);
    return def ? { status: 'ready', def } : { status: 'missing' };
  }, [formId, state]);
}

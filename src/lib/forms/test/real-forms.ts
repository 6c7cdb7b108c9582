import { parseFormDef, type FormDef } from '../form-schema';

/** The forms of content/forms, parsed, for tests that want real definitions. Vite reads the files. */
const files = import.meta.glob<unknown>('../../../../content/forms/*.json', { eager: true, import: 'default' });

export const realForms: FormDef[] = Object.entries(files).map(([path, json]) => {
  const parsed = parseFormDef(json, path);
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.value;
});

export function realForm(id: string): FormDef {
  const form = realForms.find((f) => f.id === id);
  if (!form) throw new Error(`no form ${id} in content/forms`);
  return form;
}

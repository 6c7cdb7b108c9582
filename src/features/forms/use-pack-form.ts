import { parseFormDef, type FormDef } from '../../lib/forms/form-schema';
import { packPaths, type PackForm } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { useMemo } from 'preact/hooks';

export type PackFormState =
  | { status: 'loading' }
  | { status: 'missing' }
  /** The pack's file does not pass the schema (an old app with a newer pack, a bad build): say so, never crash. */
  | { status: 'broken' }
  | { status: 'ready'; def: FormDef; pack: PackForm };

/** forms/<id>.json from the active pack, its definition checked again with the app's own schema. */
export function usePackForm(id: string): PackFormState {
  const content = useContent<PackForm>(id ? packPaths.form(id) : undefined);
  return useMemo((): PackFormState => {
    if (content.status !== 'ready') return content;
    const pack = content.data;
    const parsed = parseFormDef(pack?.def, `forms/${id}.json`);
    if (!parsed.ok) {
      console.warn(`form ${id}: the pack's definition is invalid`, parsed.error);
      return { status: 'broken' };
    }
    const key = pack.publicKey as PackForm['publicKey'] | undefined;
    if (parsed.value.id !== id || typeof key !== 'object' || key === null || key.kty !== 'EC') return { status: 'broken' };
    return { status: 'ready', def: parsed.value, pack };
  }, [content, id]);
}

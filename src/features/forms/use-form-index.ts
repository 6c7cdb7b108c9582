import { packPaths, type FormIndexEntry } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';

/** The forms of the pack by id, for screens that name a form they only know the id of. */
export function useFormIndex(): ReadonlyMap<string, FormIndexEntry> {
  const index = useContent<FormIndexEntry[]>(packPaths.formIndex);
  return new Map(index.status === 'ready' ? index.data.map((e) => [e.id, e] as const) : []);
}

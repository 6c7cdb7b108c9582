import type { ErrorSink } from './report.ts';
import type { LoadedSource, RefTarget } from './sources/types.ts';

const describe: Record<RefTarget, (id: string) => string> = {
  guides: (id) => `no guide "${id}" in content/guides (expected a file ${id}.md)`,
  facilities: (id) => `no facility "${id}" in the ID column of content/facilities/facilities.csv`,
  forms: (id) => `no form "${id}" in content/forms (expected a file ${id}.json)`,
};

/**
 * Checks every reference against the ids of the source it names. A target source that is
 * absent (no content/forms folder yet) is not checked: there is nothing to check against.
 */
export function checkRefs(sources: readonly LoadedSource[], errors: ErrorSink): number {
  const ids = new Map(sources.map((s) => [s.name, s.ids]));
  let checked = 0;
  for (const source of sources) {
    for (const ref of source.refs) {
      const known = ids.get(ref.target);
      if (!known) continue;
      checked += 1;
      if (!known.has(ref.id)) errors.add(ref.at, describe[ref.target](ref.id));
    }
  }
  return checked;
}

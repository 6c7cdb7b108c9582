import type { IssuePath } from '../issues.ts';
import type { ErrorSink, Location } from '../report.ts';

/** Reports every item whose id repeats an earlier one, at the repeated id. */
export function checkUniqueIds(
  ids: readonly string[],
  at: (index: number) => Location,
  errors: ErrorSink,
): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else errors.add(at(i), `duplicate id "${id}" (first used by item ${earlier + 1}, line ${at(earlier).line})`);
  });
}

export const itemIdPath = (i: number): IssuePath => ['items', i, 'id'];

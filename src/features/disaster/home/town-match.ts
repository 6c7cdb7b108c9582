import type { Town } from '../../../lib/content/pack-types';
import { kanaIncludes } from '../../../lib/search/kana-match';
import { plainText, readingText } from '../../../ui/rtext';

/** How many towns the list shows before asking for more letters: a screenful, not the city's 700. */
export const shownTowns = 40;

const readingOf = (town: Town) => town.nameKana ?? readingText(town.name);

/**
 * The towns whose name or reading contains what was typed (kana or kanji, any width), in
 * 五十音 order of their readings, as a printed 町名一覧 is.
 */
export function filterTowns(towns: readonly Town[], query: string): Town[] {
  return towns
    .filter((town) => kanaIncludes(query, [plainText(town.name), readingText(town.name), town.nameKana]))
    .sort((a, b) => readingOf(a).localeCompare(readingOf(b), 'ja') || a.code.localeCompare(b.code));
}

/**
 * The town a postal code's town name (from the offline postal table) stands for: the same
 * name, else the towns it covers (小名浜 for 小名浜字… codes, their first in code order), else
 * the longest town name it begins with. Undefined when nothing fits: better to say so than
 * to measure from the wrong place.
 */
export function townForPostal(towns: readonly Town[], postalTown: string): Town | undefined {
  if (postalTown === '') return undefined;
  const byName = (name: string) => towns.filter((t) => plainText(t.name) === name).sort((a, b) => a.code.localeCompare(b.code))[0];
  const exact = byName(postalTown);
  if (exact) return exact;
  const within = towns.filter((t) => plainText(t.name).startsWith(postalTown)).sort((a, b) => a.code.localeCompare(b.code))[0];
  if (within) return within;
  return [...towns].filter((t) => postalTown.startsWith(plainText(t.name))).sort((a, b) => plainText(b.name).length - plainText(a.name).length)[0];
}

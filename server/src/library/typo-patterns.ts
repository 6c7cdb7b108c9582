/**
 * LIKE patterns for every spelling one edit away from `key` (a letter wrong, missing,
 * extra, or two swapped): `potter` typed as `poter`, `pottre`, `potyer`. Plain SQL on both
 * databases, so the typo search gives the same books on SQLite and PostgreSQL; the key
 * holds only letters and digits (search-key.ts), so it carries no wildcard of its own.
 */
export function typoPatterns(key: string): string[] {
  const patterns = new Set<string>();
  for (let i = 0; i < key.length; i++) {
    patterns.add(`%${key.slice(0, i)}_${key.slice(i + 1)}%`); // substituted
    patterns.add(`%${key.slice(0, i)}${key.slice(i + 1)}%`); // one typed too many
    patterns.add(`%${key.slice(0, i)}_${key.slice(i)}%`); // one left out
    if (i + 1 < key.length) patterns.add(`%${key.slice(0, i)}${key[i + 1]}${key[i]}${key.slice(i + 2)}%`); // swapped
  }
  patterns.add(`%${key}_%`);
  return [...patterns].sort();
}

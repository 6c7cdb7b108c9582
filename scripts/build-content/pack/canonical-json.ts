/**
 * Canonical JSON: object keys sorted by UTF-16 code units (as in RFC 8785), no whitespace,
 * undefined members dropped. The same data always gives the same bytes, so an unchanged
 * document keeps its sha256 and clients never download it again. Written by hand because
 * JSON.stringify puts integer-like keys first whatever order they are inserted in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    // Array.from, not map: map skips the holes of a sparse array and would write `[1,,3]`.
    return `[${Array.from(value as unknown[], (item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  return `{${members.join(',')}}`;
}

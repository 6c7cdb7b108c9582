/**
 * Heading ids for in-page links, GitHub style but keeping Japanese as it is:
 * 「請求できる人」 → "請求できる人", "How to apply" → "how-to-apply". Repeated headings
 * get -2, -3 so every id in a guide is unique.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base =
      text
        .normalize('NFKC')
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\p{M}\s-]/gu, '')
        .replace(/\s+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '') || 'section';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}

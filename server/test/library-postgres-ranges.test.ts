import { describe, expect, it } from 'vitest';
import { MAX_COUNTED } from '../../contract/api/library.js';
import { rangedMatches } from '../src/library/postgres-matches.js';
import type { Match } from '../src/library/postgres-matches.js';

/** A fake table: `read` answers from the matching seqs like the ranged SQL would. */
function table(matchingSeqs: number[]) {
  const reads: [number, number][] = [];
  const read = (from: number, to: number, limit: number): Promise<Match[]> => {
    reads.push([from, to]);
    return Promise.resolve(matchingSeqs.filter((s) => s > from && s <= to).slice(0, limit).map((seq) => ({ seq, rank: 1 })));
  };
  return { read, reads };
}

describe.shuffle('rangedMatches', () => {
  const cases: Record<string, number[]> = {
    'none': [],
    'rare, spread out': [7, 55_000, 123_456, 199_999],
    'common from the start': Array.from({ length: 5000 }, (_, i) => 3 + i * 40),
    'only near the end': Array.from({ length: 300 }, (_, i) => 190_000 + i),
    'thin then dense': [...Array.from({ length: 20 }, (_, i) => i * 500 + 1), ...Array.from({ length: 1000 }, (_, i) => 60_000 + i * 3)],
  };
  for (const [name, seqs] of Object.entries(cases)) {
    it(`finds the same first ${MAX_COUNTED} matches in seq order as one scan would: ${name}`, async () => {
      const { read, reads } = table(seqs);
      const found = await rangedMatches(200_000, read);
      expect(found.map((m) => m.seq)).toEqual(seqs.slice(0, MAX_COUNTED));
      // Ranges are disjoint, ascending and end at the last record at most.
      reads.forEach(([from, to], i) => {
        expect(to).toBeGreaterThan(from);
        expect(to).toBeLessThanOrEqual(200_000);
        if (i > 0) expect(from).toBe(reads[i - 1]![1]);
      });
    });
  }

  it('answers a common key from its first range and a rare one in two queries', async () => {
    const common = table(Array.from({ length: 5000 }, (_, i) => 3 + i * 40));
    await rangedMatches(200_000, common.read);
    expect(common.reads).toHaveLength(1);
    const rare = table([7, 123_456]);
    await rangedMatches(200_000, rare.read);
    expect(rare.reads).toHaveLength(2);
  });
});

import { createCandidateIndex, parseCandidateEntries, type CandidateIndex } from './candidate-lookup';

/**
 * The candidates' data, in its own chunk: loaded the first time the kana keyboard opens,
 * never on the critical path or on phones' first screen. The tables are the annotator's
 * own (content/dictionary), so the keyboard offers exactly the names furigana reads.
 */
let index: Promise<CandidateIndex> | undefined;

export function loadCandidateIndex(): Promise<CandidateIndex> {
  index ??= Promise.all([
    import('../../../../../content/dictionary/iwaki-places.csv?raw'),
    import('../../../../../content/dictionary/fixture-names.tsv?raw'),
  ]).then(
    ([places, names]) => createCandidateIndex(parseCandidateEntries([
      { text: places.default, separator: ',' },
      { text: names.default, separator: '\t' },
    ])),
    (error: unknown) => {
      // A failed chunk load is not cached: the next keyboard opening tries again.
      index = undefined;
      throw error;
    },
  );
  return index;
}

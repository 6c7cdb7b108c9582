import { toHiragana } from '../kana';

/**
 * Kana-to-kanji candidates for the on-screen keyboard, from readings the project already
 * keeps (content/dictionary: Iwaki's places and facilities, warning names and hazard
 * words). Pure functions: the data arrives as text (candidate-data.ts) and is parsed here.
 *
 * There is no conversion engine and no composition buffer: the citizen types kana straight
 * into the field, and the row offers words whose reading is the kana run just before the
 * caret (or ends it: いわきしたいら offers 平 for たいら), then words it begins (おなは
 * offers 小名浜). Choosing one replaces those kana with the word.
 */
export interface CandidateEntry {
  surface: string;
  /** Hiragana. */
  reading: string;
}

export interface Candidate extends CandidateEntry {
  /** How many characters before the caret the word replaces. */
  replace: number;
}

export interface CandidateIndex {
  byReading: Map<string, CandidateEntry[]>;
  /** Every entry in reading order, for the predictive (prefix) search. */
  sorted: CandidateEntry[];
}

/** The most the row shows: one line of big keys on a kiosk. */
export const maxCandidates = 8;
/** A word ending the run must read at least this long, or every の would offer 野. */
const minSuffix = 2;

const hiraganaRun = /[ぁ-ゖー]+$/u;
const katakanaReading = /^[ァ-ヶー]+$/u;
const hasKanji = /\p{sc=Han}/u;

/**
 * Entries from the dictionary's tables: iwaki-places.csv (`surface,reading,kind`) and
 * fixture-names.tsv (`text<TAB>reading<TAB>source`). Rows whose reading is not plain
 * katakana (digits in 警戒レベル3, brackets) or whose word has no kanji are skipped:
 * nothing to convert.
 */
export function parseCandidateEntries(tables: ReadonlyArray<{ text: string; separator: ',' | '\t' }>): CandidateEntry[] {
  const seen = new Set<string>();
  const entries: CandidateEntry[] = [];
  for (const { text, separator } of tables) {
    for (const line of text.split(/\r?\n/u).slice(1)) {
      const [surface = '', reading = ''] = line.split(separator).map((cell) => cell.trim());
      if (!hasKanji.test(surface) || !katakanaReading.test(reading)) continue;
      const entry = { surface, reading: toHiragana(reading) };
      const key = `${entry.surface}\t${entry.reading}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
  }
  return entries;
}

export function createCandidateIndex(entries: readonly CandidateEntry[]): CandidateIndex {
  const byReading = new Map<string, CandidateEntry[]>();
  for (const entry of entries) byReading.set(entry.reading, [...(byReading.get(entry.reading) ?? []), entry]);
  const sorted = [...entries].sort((a, b) => (a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : a.surface.length - b.surface.length));
  return { byReading, sorted };
}

/** The candidates for the text before the caret: exact readings first (longest first), then words the run begins. */
export function candidatesFor(index: CandidateIndex, beforeCaret: string): Candidate[] {
  const run = hiraganaRun.exec(beforeCaret)?.[0] ?? '';
  if (run === '') return [];
  const out: Candidate[] = [];
  const shown = new Set<string>();
  const add = (entry: CandidateEntry, replace: number) => {
    if (out.length >= maxCandidates || shown.has(entry.surface)) return;
    shown.add(entry.surface);
    out.push({ ...entry, replace });
  };
  const chars = [...run];
  for (let start = 0; start < chars.length; start++) {
    const suffix = chars.slice(start).join('');
    if (start > 0 && chars.length - start < minSuffix) break;
    for (const entry of index.byReading.get(suffix) ?? []) add(entry, chars.length - start);
  }
  for (const entry of wordsBeginning(index.sorted, run)) add(entry, chars.length);
  return out;
}

/** Entries whose reading starts with `prefix` (and is longer), shortest reading first. */
function wordsBeginning(sorted: readonly CandidateEntry[], prefix: string): CandidateEntry[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid]?.reading ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  const found: CandidateEntry[] = [];
  for (let i = low; i < sorted.length; i++) {
    const entry = sorted[i] as CandidateEntry;
    if (!entry.reading.startsWith(prefix)) break;
    if (entry.reading !== prefix) found.push(entry);
  }
  return found.sort((a, b) => a.reading.length - b.reading.length);
}

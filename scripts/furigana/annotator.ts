import type { Tokenizer } from 'kuromoji';
import type { Seg } from '../../src/lib/content/pack-types.ts';
import { alignReading } from './align.ts';
import { defaultDictionaryDir, loadOverrides, loadUserEntries, normaliseExtraEntry, type EntryKind, type UserEntry } from './dictionary.ts';
import { hasKanji, toHiragana, toKatakana } from './kana.ts';
import { loadTokenizer, UserLattice, type LatticeWord, type Token } from './lattice.ts';
import { mergeNumbers } from './number-spans.ts';
import { OverrideTable } from './overrides.ts';
import { applyRules } from './rules.ts';
import { disasterWords } from './disaster-words.ts';
import { supplementWords } from './supplement.ts';

/**
 * Build-time furigana. The pipeline, in order of authority:
 *  1. kuromoji (IPADIC) with the user dictionary (iwaki-places.csv + extraEntries) in
 *     its lattice, so Iwaki names win wherever they fit (see lattice.ts);
 *  2. numbers with counters read as a unit (三日 ミッカ, 9時 クジ, 一日 ツイタチ/イチニチ);
 *  3. overrides.csv for pinned readings (一人 ヒトリ, 明日 アシタ …);
 *  4. context rules for 間, 方, 札 (rules.ts);
 *  5. okurigana alignment into Seg[] with hiragana readings (align.ts).
 */
export interface Annotator {
  /** Segments whose surfaces concatenate to `text`; only segments with kanji carry a reading. */
  annotate(text: string): Seg[];
  /** The whole text in katakana (kana, digits without a counter and punctuation kept). */
  reading(text: string): string;
}

export interface ExtraEntry {
  surface: string;
  /** Katakana, hiragana or half-width kana (名称_カナ); normalised on load. */
  reading: string;
  kind?: EntryKind;
}

export interface AnnotatorOptions {
  /** Where iwaki-places.csv and overrides.csv are; defaults to content/dictionary/. */
  dictionaryDir?: string;
  /** More user-dictionary words, e.g. facility names with their 名称_カナ. They win over the CSV. */
  extraEntries?: readonly ExtraEntry[];
}

/** IPADIC words whose part of speech user entries borrow. */
const LIKE: Record<EntryKind, string> = { place: '福島', facility: '福島', word: '公園' };

/** IPADIC takes ~1 s to load: every annotator in the process shares one copy. */
let tokenizer: Promise<Tokenizer> | undefined;

export async function createAnnotator(options: AnnotatorOptions = {}): Promise<Annotator> {
  // A failed load is not cached, so a caller may retry.
  tokenizer ??= loadTokenizer().catch((error: unknown) => {
    tokenizer = undefined;
    throw error;
  });
  const tk = await tokenizer;
  const dir = options.dictionaryDir ?? defaultDictionaryDir;
  const entries = new Map<string, UserEntry>();
  for (const e of [...loadUserEntries(dir), ...(options.extraEntries ?? []).map(normaliseExtraEntry)]) entries.set(e.surface, e);
  const words: LatticeWord[] = [...supplementWords, ...disasterWords, ...[...entries.values()].map((e) => ({ ...e, like: LIKE[e.kind] }))];
  const lattice = new UserLattice(tk, words);
  const overrides = new OverrideTable(loadOverrides(dir));
  const analyse = (text: string): Token[] => applyRules(overrides.apply(mergeNumbers(lattice.tokenize(text))));

  // Dictionary words recur on every page; their ruby split (a kuromoji call) is cached.
  const userSegs = new Map<string, Seg[]>();
  const segsOf = (t: Token): Seg[] => {
    if (t.source !== 'user') return toSegs(t, tk);
    const key = `${t.surface}\t${t.reading ?? ''}`;
    const segs = userSegs.get(key) ?? toSegs(t, tk);
    userSegs.set(key, segs);
    return segs.map((seg) => [...seg] as Seg);
  };

  return {
    annotate: (text) => mergePlain(analyse(text).flatMap(segsOf)),
    reading: (text) => analyse(text).map(tokenReading).join(''),
  };
}

function tokenReading(t: Token): string {
  return hasKanji(t.surface) && t.reading ? t.reading : toKatakana(t.surface);
}

function toSegs(t: Token, tk: Tokenizer): Seg[] {
  if (!t.reading || !hasKanji(t.surface)) return [[t.surface]];
  // A number and its counter are read as a unit (三日 みっか): no per-character split.
  if (t.counter) return [[t.surface, toHiragana(t.reading)]];
  const segs = alignReading(t.surface, t.reading);
  return t.source === 'user' ? segs.flatMap((s) => splitCompound(s, tk)) : segs;
}

/**
 * A user entry is one word to the lattice, but 指定緊急避難場所 reads better with ruby per
 * word. IPADIC's words for the kanji run are kept from each end while their readings
 * agree with the entry's; what is left in the middle keeps one group ruby
 * (草野|心平|記念|文学|館: IPADIC's 心 ココロ, 平 ヒラ disagree, so 心平 しんぺい stays whole).
 */
function splitCompound(seg: Seg, tk: Tokenizer): Seg[] {
  const [surface, reading] = seg;
  if (reading === undefined || [...surface].length < 3) return [seg];
  // A part without kanji (the space in 市役所 本庁舎) reads as nothing and always fits.
  const parts = tk.tokenize(surface).map((p) => ({
    surface: p.surface_form,
    reading: hasKanji(p.surface_form) ? toHiragana(p.reading ?? '') : '',
  }));
  const fits = (part: { surface: string; reading: string } | undefined, at: 'start' | 'end') =>
    part !== undefined && (part.reading !== '' ? (at === 'start' ? rest.startsWith(part.reading) : rest.endsWith(part.reading)) : !hasKanji(part.surface));
  let rest = reading;
  const head: { surface: string; reading: string }[] = [];
  const tail: { surface: string; reading: string }[] = [];
  while (parts.length > 1 && fits(parts[0], 'start')) {
    const part = parts.shift() as (typeof parts)[number];
    head.push(part);
    rest = rest.slice(part.reading.length);
  }
  while (parts.length > 1 && fits(parts.at(-1), 'end')) {
    const part = parts.pop() as (typeof parts)[number];
    tail.unshift(part);
    rest = rest.slice(0, rest.length - part.reading.length);
  }
  const middle = parts.map((p) => p.surface).join('');
  if (head.length + tail.length === 0 || rest === '') return [seg];
  return [...head, { surface: middle, reading: rest }, ...tail].flatMap((p) => alignReading(p.surface, p.reading));
}

/** Joins neighbouring segments without ruby: fewer, longer plain runs. */
function mergePlain(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const seg of segs) {
    const last = out[out.length - 1];
    if (seg.length === 1 && last?.length === 1) last[0] += seg[0];
    else out.push(seg.length === 1 ? [seg[0]] : seg);
  }
  return out;
}

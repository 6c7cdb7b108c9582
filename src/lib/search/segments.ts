import { err, ok, type Result } from '../result.js';
import { searchFields, searchIndexFormat, storedFields } from './options.js';
import type { CompactShard } from './shard-format.js';
import type { ShardError } from './types.js';

/**
 * Search segments: the index of ONE search document in the compact shard format,
 * written by the content build into that document's own pack file (a guide's
 * `search` property), so that editing one guide changes one pack object.
 * The app assembles a kind's index from its segments when search first needs it.
 *
 * Merging is exact: the merged shard is the shard MiniSearch would have built with
 * addAll over the same documents sorted by id (segments.test.ts compares them).
 */

/** A segment as read from a pack file: where it came from, and the untrusted value. */
export interface SegmentEntry {
  source: string;
  segment: unknown;
}

export type SegmentProblem =
  | ShardError
  /** The file has no segment (built without a search index, or tampered with). */
  | { kind: 'missing-segment' }
  /** Another file already indexes this document id; the first, by source, is kept. */
  | { kind: 'duplicate-segment'; id: string };

/** A document left out of the assembled index; the others stay searchable. */
export interface SkippedSegment {
  source: string;
  problem: SegmentProblem;
}

const sameList = (value: unknown, expected: readonly string[]) =>
  Array.isArray(value) && value.length === expected.length && value.every((item, i) => item === expected[i]);
const isCell = (value: unknown) => value === null || typeof value === 'string';
/** Postings of a one-document segment: document 0 (gap 1), with a frequency when above one. */
const onlyDocument = /^1(?:\*[0-9a-z]+)?$/;

function invalid(detail: string): Result<never, SegmentProblem> {
  return err({ kind: 'invalid-shard', detail });
}

/** Checks that `value` is a one-document segment of this app's format and fields. */
export function parseSegment(value: unknown): Result<CompactShard, SegmentProblem> {
  if (value === undefined) return err({ kind: 'missing-segment' });
  if (typeof value !== 'object' || value === null) return invalid('not an object');
  const s = value as Partial<Record<keyof CompactShard, unknown>>;
  if (s.format !== searchIndexFormat) return err({ kind: 'incompatible-shard', format: s.format });
  if (!sameList(s.fields, searchFields) || !sameList(s.storedFields, storedFields)) return invalid('fields differ from the app\'s');
  if (!Array.isArray(s.ids) || s.ids.length !== 1 || typeof s.ids[0] !== 'string') return invalid('not exactly one document id');
  const lengths = s.fieldLength;
  if (!Array.isArray(lengths) || lengths.length !== searchFields.length || !lengths.every((n) => n === null || (Number.isInteger(n) && n >= 0))) {
    return invalid('bad field lengths');
  }
  const row: unknown = Array.isArray(s.stored) && s.stored.length === 1 ? s.stored[0] : undefined;
  if (!Array.isArray(row) || row.length !== storedFields.length || !row.every(isCell)) return invalid('bad stored fields');
  if (!Array.isArray(s.terms) || !s.terms.every(isTermRow)) return invalid('bad terms');
  return ok(value as CompactShard);
}

function isTermRow(row: unknown): boolean {
  if (!Array.isArray(row) || row.length < 3 || row.length % 2 === 0 || typeof row[0] !== 'string') return false;
  for (let i = 1; i < row.length; i += 2) {
    const field: unknown = row[i];
    const postings: unknown = row[i + 1];
    if (typeof field !== 'number' || !Number.isInteger(field) || field < 0 || field >= searchFields.length) return false;
    if (typeof postings !== 'string' || (postings !== '1' && !onlyDocument.test(postings))) return false;
  }
  return true;
}

/** Code-unit order, as canonical JSON sorts: the same on every device. */
const byId = (a: CompactShard, b: CompactShard) => {
  const x = a.ids[0] ?? '';
  const y = b.ids[0] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** One term's postings in one field, as gap-encoded items joined at the end (cheaper than growing a string). */
interface Postings {
  items: string[];
  last: number;
}

/** " 1", " 2", … " 2s": most gaps are small, and Number#toString(36) is slow next to a lookup. */
const spacedGaps = Array.from({ length: 1024 }, (_, gap) => ` ${gap.toString(36)}`);
const spacedGap = (gap: number) => spacedGaps[gap] ?? ` ${gap.toString(36)}`;

/**
 * Appends one segment's term row to the merged postings as document `doc`. Each of its
 * postings is "1" or "1*f" (the segment's only document, see parseSegment): the gap is
 * re-computed against the term's last document, the frequency kept as it is.
 * Plain loops, no destructuring: this runs once per posting (1.4 million for 10,000 guides).
 */
function addPostings(postings: Map<string, Array<Postings | undefined>>, row: CompactShard['terms'][number], doc: number): void {
  let lists = postings.get(row[0]);
  if (lists === undefined) {
    lists = searchFields.map(() => undefined);
    postings.set(row[0], lists);
  }
  for (let i = 1; i + 1 < row.length; i += 2) {
    const field = row[i] as number;
    const posting = row[i + 1] as string;
    const frequency = posting.length === 1 ? '' : posting.slice(1);
    const list = lists[field];
    if (list === undefined) {
      lists[field] = { items: [(doc + 1).toString(36) + frequency], last: doc };
    } else {
      list.items.push(frequency === '' ? spacedGap(doc - list.last) : spacedGap(doc - list.last) + frequency);
      list.last = doc;
    }
  }
}

/**
 * Merges valid one-document segments (see parseSegment) into one shard, documents in
 * id order whatever the order given. Throws on a duplicate id: assembleSegments drops
 * those first.
 */
export function mergeSegments(segments: readonly CompactShard[]): CompactShard {
  const fieldCount = searchFields.length;
  const ids: string[] = [];
  const fieldLength: Array<number | null> = [];
  const stored: CompactShard['stored'] = [];
  // Sparse like MiniSearch's own: a field no document has stays a hole.
  const averageFieldLength: number[] = [];
  const postings = new Map<string, Array<Postings | undefined>>();

  [...segments].sort(byId).forEach((segment, doc) => {
    const id = segment.ids[0] ?? '';
    if (ids.at(-1) === id) throw new Error(`mergeSegments: two segments index ${id}`);
    ids.push(id);
    stored.push(segment.stored[0] ?? []);
    for (let field = 0; field < fieldCount; field++) {
      const length = segment.fieldLength[field] ?? null;
      fieldLength.push(length);
      // MiniSearch's addFieldLength, term for term, so the average is bit-for-bit its own.
      if (length !== null) averageFieldLength[field] = ((averageFieldLength[field] || 0) * doc + length) / (doc + 1);
    }
    for (const row of segment.terms) addPostings(postings, row, doc);
  });

  const terms: CompactShard['terms'] = [];
  for (const [term, lists] of postings) {
    const row: CompactShard['terms'][number] = [term];
    lists.forEach((list, field) => { if (list) row.push(field, list.items.join('')); });
    terms.push(row);
  }
  return { format: searchIndexFormat, fields: [...searchFields], storedFields: [...storedFields], averageFieldLength, ids, fieldLength, stored, terms };
}

/**
 * Assembles a kind's index from the segments of its files: a missing or bad segment
 * leaves that one document out and is reported; it never stops the others.
 */
export function assembleSegments(entries: readonly SegmentEntry[]): { shard: CompactShard; skipped: SkippedSegment[] } {
  const skipped: SkippedSegment[] = [];
  const kept = new Map<string, { source: string; segment: CompactShard }>();
  const bySource = [...entries].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  for (const { source, segment } of bySource) {
    const parsed = parseSegment(segment);
    if (!parsed.ok) {
      skipped.push({ source, problem: parsed.error });
      continue;
    }
    const id = parsed.value.ids[0] ?? '';
    if (kept.has(id)) skipped.push({ source, problem: { kind: 'duplicate-segment', id } });
    else kept.set(id, { source, segment: parsed.value });
  }
  return { shard: mergeSegments([...kept.values()].map((k) => k.segment)), skipped };
}

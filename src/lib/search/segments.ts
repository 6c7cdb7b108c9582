import type MiniSearch from 'minisearch';
import type { SearchDoc } from '../content/pack-types.js';
import { err, ok, type Result } from '../result.js';
import { miniSearchOptions, searchFields, searchIndexFormat, storedFields } from './options.js';
import { LazyTermData, restoreIndex, type CompactShard } from './shard-format.js';
import type { ShardError } from './types.js';

/**
 * Search segments: the index of ONE search document in the compact shard format,
 * written by the content build into that document's own pack file (a guide's
 * `search` property), so that editing one guide changes one pack object.
 * The app assembles a kind's index from its segments when search first needs it.
 *
 * Assembling is exact: the index is the one MiniSearch would have built with addAll
 * over the same documents sorted by id (segments.test.ts compares them).
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
    // A character test for the common "1"; the pattern only for the rarer "1*f".
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

type TermRow = CompactShard['terms'][number];

/**
 * One term's postings across the merged documents, filled when a query first needs the
 * term: loading only records which documents' rows hold it (two array slots per posting
 * row), so the work per posting is paid for the terms that are searched, not for all
 * 1.4 million postings of a 10,000-guide pack at start (bench/search.ts).
 */
class SegmentTermData extends LazyTermData {
  /** [document, row, document, row, …], documents ascending. */
  constructor(private hits: Array<number | TermRow> | undefined) {
    super();
  }

  protected fill(put: (fieldId: number, postings: Map<number, number>) => void): void {
    const hits = this.hits ?? [];
    this.hits = undefined;
    const byField = new Map<number, Map<number, number>>();
    for (let i = 0; i + 1 < hits.length; i += 2) {
      const doc = hits[i] as number;
      const row = hits[i + 1] as TermRow;
      for (let j = 1; j + 1 < row.length; j += 2) {
        const field = row[j] as number;
        const posting = row[j + 1] as string;
        let postings = byField.get(field);
        if (postings === undefined) byField.set(field, (postings = new Map()));
        // "1" or "1*f": the segment's only document, with its frequency (see parseSegment).
        postings.set(doc, posting.length === 1 ? 1 : parseInt(posting.slice(2), 36));
      }
    }
    for (const [field, postings] of [...byField].sort(([a], [b]) => a - b)) put(field, postings);
  }
}

/**
 * Builds one index from valid one-document segments (see parseSegment), documents in
 * id order whatever the order given: the index MiniSearch builds with addAll over the
 * same documents in id order (segments.test.ts compares them). Throws on a duplicate
 * id: assembleSegments drops those first.
 */
export function indexFromSegments(segments: readonly CompactShard[]): MiniSearch<SearchDoc> {
  const fieldCount = searchFields.length;
  const ids: string[] = [];
  const fieldLength: Array<number | null> = [];
  const stored: CompactShard['stored'] = [];
  // Sparse like MiniSearch's own: a field no document has stays a hole.
  const averageFieldLength: number[] = [];
  const terms = new Map<string, Array<number | TermRow>>();

  [...segments].sort(byId).forEach((segment, doc) => {
    const id = segment.ids[0] ?? '';
    if (ids.at(-1) === id) throw new Error(`indexFromSegments: two segments index ${id}`);
    ids.push(id);
    stored.push(segment.stored[0] ?? []);
    for (let field = 0; field < fieldCount; field++) {
      const length = segment.fieldLength[field] ?? null;
      fieldLength.push(length);
      // MiniSearch's addFieldLength, term for term, so the average is bit-for-bit its own.
      if (length !== null) averageFieldLength[field] = ((averageFieldLength[field] || 0) * doc + length) / (doc + 1);
    }
    for (const row of segment.terms) {
      const hits = terms.get(row[0]);
      if (hits === undefined) terms.set(row[0], [doc, row]);
      else hits.push(doc, row);
    }
  });

  const documents = { fields: [...searchFields], storedFields: [...storedFields], averageFieldLength, ids, fieldLength, stored };
  const lazyTerms = (function* () {
    for (const [term, hits] of terms) yield [term, new SegmentTermData(hits)] as [string, LazyTermData];
  })();
  return restoreIndex<SearchDoc>(documents, lazyTerms, miniSearchOptions);
}

/**
 * Assembles a kind's index from the segments of its files: a missing or bad segment
 * leaves that one document out and is reported; it never stops the others.
 */
export function assembleSegments(entries: readonly SegmentEntry[]): { index: MiniSearch<SearchDoc>; skipped: SkippedSegment[] } {
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
  return { index: indexFromSegments([...kept.values()].map((k) => k.segment)), skipped };
}

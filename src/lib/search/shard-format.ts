import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * The wire format of a search shard: MiniSearch's own serialisation (toJSON),
 * rewritten so that it loads fast.
 *
 * Why not JSON.stringify(miniSearch) and MiniSearch.loadJSON: with 10,000 documents
 * of Japanese bigrams (1.4 million postings) that JSON is 15 MB, and loadJSON turns
 * every posting into an object key, then into a Map entry, before the first search.
 * Here postings stay a string until a query first needs the term, so loading costs
 * little more than JSON.parse, and the shard is half the size (bench/search.ts).
 *
 *   ids          document ids; a document's short id is its position
 *   fieldLength  flat, `fields.length` numbers per document (null: field absent)
 *   stored       per document, the values of `storedFields` in order (null: absent)
 *   terms        [term, fieldId, postings, fieldId, postings, …]; postings are
 *                space-separated base-36 gaps between document numbers, with
 *                `*frequency` appended when the term occurs more than once
 *
 * Decoding fills a MiniSearch instance's protected fields, as its own loadJS does;
 * shard-format.test.ts checks that a decoded index serialises exactly like the
 * original, so a MiniSearch upgrade that changes them fails loudly.
 */
export interface CompactShard {
  format: number;
  fields: string[];
  storedFields: string[];
  averageFieldLength: number[];
  ids: string[];
  fieldLength: Array<number | null>;
  stored: Array<Array<string | null>>;
  terms: Array<[string, ...Array<number | string>]>;
}

type PlainIndex = AsPlainObject & { index: Array<[string, Record<string, Record<string, number>>]> };

export function encodeShard<T>(index: MiniSearch<T>, format: number, options: Options<T>): CompactShard {
  const js = index.toJSON() as PlainIndex;
  const count = js.documentCount;
  if (js.nextId !== count) throw new Error('encodeShard: the index has removed documents; build it afresh');
  const fields = Object.keys(js.fieldIds).sort((a, b) => (js.fieldIds[a] ?? 0) - (js.fieldIds[b] ?? 0));
  const storedFields = options.storeFields ?? [];

  const ids: string[] = [];
  const fieldLength: CompactShard['fieldLength'] = [];
  const stored: CompactShard['stored'] = [];
  for (let doc = 0; doc < count; doc++) {
    ids.push(js.documentIds[doc] as string);
    // Exactly one entry per field: MiniSearch leaves a hole (or a short array) for an absent field.
    const lengths = js.fieldLength[doc] ?? [];
    for (let field = 0; field < fields.length; field++) fieldLength.push(lengths[field] ?? null);
    const values = (js.storedFields[doc] ?? {}) as Record<string, string | undefined>;
    stored.push(storedFields.map((field) => values[field] ?? null));
  }

  const terms = js.index.map(([term, byField]): CompactShard['terms'][number] => {
    const row: CompactShard['terms'][number] = [term];
    for (const [fieldId, postings] of Object.entries(byField)) {
      const list: string[] = [];
      let previous = -1;
      for (const [doc, frequency] of Object.entries(postings)) {
        const gap = (Number(doc) - previous).toString(36);
        list.push(frequency === 1 ? gap : `${gap}*${frequency.toString(36)}`);
        previous = Number(doc);
      }
      row.push(Number(fieldId), list.join(' '));
    }
    return row;
  });
  return { format, fields, storedFields, averageFieldLength: js.averageFieldLength, ids, fieldLength, stored, terms };
}

/** Rebuilds the MiniSearch index; throws if the shard does not fit the options. */
export function decodeShard<T>(shard: CompactShard, options: Options<T>): MiniSearch<T> {
  const terms = shard.terms.map(([term, ...byField]): [string, LazyTermData] => [term, new EncodedTermData(byField)]);
  return ShardIndex.restore(shard, terms, options);
}

/** The documents of an index: everything in a shard but its terms. */
export type DocumentColumns = Omit<CompactShard, 'format' | 'terms'>;

/**
 * Builds an index from its documents and terms whose postings are filled on first use
 * (see LazyTermData): the way to load an index without decoding every posting first.
 */
export function restoreIndex<T>(documents: DocumentColumns, terms: Iterable<[string, LazyTermData]>, options: Options<T>): MiniSearch<T> {
  return ShardIndex.restore(documents, terms, options);
}

class ShardIndex<T> extends MiniSearch<T> {
  static restore<T>(documents: DocumentColumns, terms: Iterable<[string, LazyTermData]>, options: Options<T>): MiniSearch<T> {
    const index = new ShardIndex<T>(options);
    index.restoreDocuments(documents);
    for (const [term, data] of terms) index._index.set(term, data);
    return index;
  }

  private restoreDocuments(shard: DocumentColumns): void {
    const fieldCount = shard.fields.length;
    if (shard.fields.some((field, id) => this._fieldIds[field] !== id) || fieldCount !== Object.keys(this._fieldIds).length) {
      throw new Error(`the shard's fields (${shard.fields.join(', ')}) are not the index's`);
    }
    this._documentCount = shard.ids.length;
    this._nextId = shard.ids.length;
    this._avgFieldLength = shard.averageFieldLength;
    shard.ids.forEach((id, doc) => {
      this._documentIds.set(doc, id);
      this._idToShortId.set(id, doc);
      this._fieldLength.set(doc, shard.fieldLength.slice(doc * fieldCount, (doc + 1) * fieldCount) as number[]);
      const values: Record<string, unknown> = {};
      const row = shard.stored[doc] ?? [];
      shard.storedFields.forEach((field, i) => {
        if (row[i] != null) values[field] = row[i];
      });
      this._storedFields.set(doc, values);
    });
  }
}

function decodePostings(encoded: string): Map<number, number> {
  const postings = new Map<number, number>();
  let doc = -1;
  for (const item of encoded.split(' ')) {
    const star = item.indexOf('*');
    doc += parseInt(star < 0 ? item : item.slice(0, star), 36);
    postings.set(doc, star < 0 ? 1 : parseInt(item.slice(star + 1), 36));
  }
  return postings;
}

/**
 * One term's postings by field, filled on first use: MiniSearch reads them only
 * through these Map methods (get, has, size, iteration). Subclasses say where the
 * postings come from.
 */
export abstract class LazyTermData extends Map<number, Map<number, number>> {
  private pending = true;

  /** Hands over every field's postings, once. */
  protected abstract fill(put: (fieldId: number, postings: Map<number, number>) => void): void;

  private decode(): void {
    if (!this.pending) return;
    this.pending = false;
    this.fill((fieldId, postings) => super.set(fieldId, postings));
  }

  override get(fieldId: number) {
    this.decode();
    return super.get(fieldId);
  }
  override has(fieldId: number) {
    this.decode();
    return super.has(fieldId);
  }
  override set(fieldId: number, postings: Map<number, number>) {
    this.decode();
    return super.set(fieldId, postings);
  }
  override delete(fieldId: number) {
    this.decode();
    return super.delete(fieldId);
  }
  override get size() {
    this.decode();
    return super.size;
  }
  override keys() {
    this.decode();
    return super.keys();
  }
  override values() {
    this.decode();
    return super.values();
  }
  override entries() {
    this.decode();
    return super.entries();
  }
  override [Symbol.iterator]() {
    this.decode();
    return super[Symbol.iterator]();
  }
  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown) {
    this.decode();
    super.forEach(fn, thisArg);
  }
}

/** A shard's term row: [fieldId, postings, fieldId, postings, …] as encodeShard wrote it. */
class EncodedTermData extends LazyTermData {
  constructor(private encoded: Array<number | string> | undefined) {
    super();
  }

  protected fill(put: (fieldId: number, postings: Map<number, number>) => void): void {
    const encoded = this.encoded ?? [];
    this.encoded = undefined;
    for (let i = 0; i + 1 < encoded.length; i += 2) put(encoded[i] as number, decodePostings(encoded[i + 1] as string));
  }
}

import type { Annotate } from '../annotate.ts';
import type { ErrorSink, Location } from '../report.ts';
import type { SearchDoc } from '../../../src/lib/content/pack-types.ts';

/**
 * A content source is one module: it reads and validates its files, normalises them into
 * pack shapes, and says which ids it offers and which ids of others it refers to.
 * Adding a source (forms, disaster data, map layers) means adding one module to the list.
 */
export interface ContentSource {
  name: string;
  /** Reads its files under the content directory. Undefined when its folder is absent. */
  load(ctx: SourceContext): Promise<LoadedSource | undefined>;
}

export interface SourceContext {
  contentDir: string;
  /** Turns an absolute path into what error messages show (`content/guides/x.md`). */
  display(path: string): string;
  errors: ErrorSink;
  annotate: Annotate;
}

/** Which source an id must exist in: a source's `name`. */
export type RefTarget = 'guides' | 'facilities' | 'forms';

/** A reference to another document, checked once every source is loaded. */
export interface Ref {
  target: RefTarget;
  id: string;
  at: Location;
}

/** A logical pack file before serialisation. */
export interface PackDocument {
  path: string;
  value: unknown;
  /**
   * The search document indexed per document (a guide's): the build embeds its segment in
   * this file's `search` property. Documents of sharded kinds leave it unset.
   */
  searchId?: string;
}

export interface LoadedSource {
  name: string;
  /** Ids other sources may refer to. */
  ids: ReadonlySet<string>;
  refs: readonly Ref[];
  /** For the progress line and meta.json documentCounts; empty for sources that emit nothing. */
  counts: Record<string, number>;
  /** Latest `updated` date among its documents, if it has any. */
  asOf?: string;
  /** Whether any of its files declares itself sample data. */
  sample: boolean;
  documents(): PackDocument[];
  /** Every search document, sharded kinds and per-document ones (see PackDocument.searchId) alike. */
  searchDocs(): SearchDoc[];
}

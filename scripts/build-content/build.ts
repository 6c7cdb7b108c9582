import { dirname, join, relative } from 'node:path';
import { packPaths, type PackMeta } from '../../src/lib/content/pack-types.ts';
import { annotate as identityAnnotate, type Annotate } from './annotate.ts';
import { canonicalJson } from './pack/canonical-json.ts';
import { defaultVersion, expiryAfter, manifestBytes, packFile, type PackFile } from './pack/assemble.ts';
import { signManifest } from './pack/sign.ts';
import { writePack } from './pack/write-pack.ts';
import { formatBytes, formatCounts, type Progress } from './progress.ts';
import { checkRefs } from './refs.ts';
import { contentCoverage, type Coverage } from './coverage.ts';
import { ErrorSink, type ContentError } from './report.ts';
import type { BuildSearchIndexes } from './search/index-builder.ts';
import { buildSearch, embedSegments } from './search/search-files.ts';
import { contentSources } from './sources/index.ts';
import type { ContentSource, LoadedSource, PackDocument } from './sources/types.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Asked for only once the content is valid: a broken build touches no keys. */
  signingKey: () => Promise<CryptoKey>;
  version?: string;
  now?: Date;
  /** How many days the city vouches for the pack: its signed expiry (default 30, see args.ts). */
  validityDays?: number;
  city?: string;
  /** undefined: use src/lib/search/build-index if it exists; null: no search index. */
  searchIndexer?: BuildSearchIndexes | null;
  annotate?: Annotate;
  sources?: readonly ContentSource[];
  progress?: Progress;
  /** Fail, writing nothing, when a disaster guide is missing in any language (--require-disaster-coverage). */
  requireDisasterCoverage?: boolean;
}

export type BuildResult =
  | { ok: true; version: string; files: PackFile[]; bytes: number; changed: number; removed: number; coverage: Coverage }
  | { ok: false; errors: ContentError[]; coverage?: Coverage };

/** validate everything → check references → normalise → index → serialise → sign → write. */
export async function buildContent(options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? { stage: () => {} };
  const errors = new ErrorSink();
  const base = dirname(options.contentDir);
  const ctx = {
    contentDir: options.contentDir,
    display: (path: string) => relative(base, path),
    errors,
    annotate: options.annotate ?? identityAnnotate,
  };

  const loaded: LoadedSource[] = [];
  for (const source of options.sources ?? contentSources) {
    const result = await source.load(ctx);
    if (result) loaded.push(result);
  }
  const counts = Object.assign({}, ...loaded.map((s) => s.counts)) as Record<string, number>;
  progress.stage(`validated ${formatCounts(counts)}${errors.count ? ` — ${errors.count} errors` : ''}`);
  const refCount = checkRefs(loaded, errors);
  progress.stage(`checked ${refCount} cross-references`);
  if (errors.count > 0) return { ok: false, errors: errors.sorted() };

  const meta: PackMeta = {
    city: options.city ?? 'いわき市',
    asOf: loaded.map((s) => s.asOf ?? '').sort().at(-1) ?? '',
    sample: loaded.some((s) => s.sample),
    documentCounts: counts,
  };
  const documents: PackDocument[] = [{ path: packPaths.meta, value: meta }, ...loaded.flatMap((s) => s.documents())];
  const coverage = contentCoverage(documents);
  if (options.requireDisasterCoverage) {
    const gaps = Object.entries(coverage.disasterGaps).map(([lang, ids]) => `disaster guides missing in ${lang}: ${ids.join(', ')}`);
    if (gaps.length > 0) return { ok: false, errors: gaps.map((message) => ({ file: ctx.display(join(options.contentDir, 'guides')), line: 1, col: 1, message })), coverage };
  }
  const search = await buildSearch(loaded.flatMap((s) => s.searchDocs()), options.searchIndexer, progress);
  const files = await Promise.all(embedSegments(documents, search).map((d) => packFile(d.path, canonicalJson(d.value))));
  files.push(...search.files);
  assertUniquePaths(files);

  const now = options.now ?? new Date();
  const version = options.version ?? (await defaultVersion(files, now));
  const expiresAt = expiryAfter(now, options.validityDays ?? 30);
  const manifest = manifestBytes({ version, createdAt: now.toISOString(), expiresAt }, files);
  const signature = await signManifest(manifest, await options.signingKey());
  const written = await writePack(options.outDir, files, manifest, signature, version);
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const removed = written.removed ? `, ${written.removed} removed` : '';
  progress.stage(`wrote ${files.length} files, ${formatBytes(bytes)}, ${written.changed} changed since last pack${removed} — version ${version}`);
  return { ok: true, version, files, bytes, changed: written.changed, removed: written.removed, coverage };
}

function assertUniquePaths(files: readonly PackFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two sources wrote the pack file ${file.path}`);
    seen.add(file.path);
  }
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SearchDoc } from '../../../src/lib/content/pack-types.ts';
import type { SearchIndexes } from '../../../src/lib/search/build-index.ts';

/** What src/lib/search/build-index exports: shards per kind, and per-document segments. */
export type BuildSearchIndexes = (docs: SearchDoc[]) => SearchIndexes | Promise<SearchIndexes>;

const modulePath = fileURLToPath(new URL('../../../src/lib/search/build-index.ts', import.meta.url));

/**
 * Loads buildSearchIndexes when that module exists. The import is dynamic, through a
 * computed specifier, so this pipeline type-checks and runs before the search module lands;
 * a module that exists but is broken is an error, never a silent skip.
 */
export async function loadSearchIndexBuilder(): Promise<BuildSearchIndexes | undefined> {
  if (!existsSync(modulePath)) return undefined;
  const specifier = new URL(`file://${modulePath}`).href;
  const mod = (await import(specifier)) as { buildSearchIndexes?: unknown };
  if (typeof mod.buildSearchIndexes !== 'function') {
    throw new Error(`${modulePath} does not export a function buildSearchIndexes(docs)`);
  }
  return mod.buildSearchIndexes as BuildSearchIndexes;
}

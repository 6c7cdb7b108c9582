import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { searchKinds, type SearchDoc, type SearchKind } from '../../../src/lib/content/pack-types.ts';

/** What src/lib/search/build-index exports (written by the search work, not here). */
export type BuildSearchIndexes = (docs: SearchDoc[]) => Map<SearchKind, string> | Promise<Map<SearchKind, string>>;

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

/** One shard per kind, as the search module serialised it. Kinds it does not know are refused. */
export async function buildSearchShards(build: BuildSearchIndexes, docs: SearchDoc[]): Promise<{ kind: SearchKind; text: string }[]> {
  const indexes = await build(docs);
  const shards: { kind: SearchKind; text: string }[] = [];
  for (const [kind, text] of indexes) {
    if (!searchKinds.includes(kind)) throw new Error(`buildSearchIndexes returned an unknown kind "${String(kind)}"`);
    shards.push({ kind, text });
  }
  return shards.sort((a, b) => searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind));
}

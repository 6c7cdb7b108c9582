import { buildContent, type BuildOptions } from '../build.ts';
import { formatError } from '../report.ts';
import { testSigningKey } from './fixture-content.ts';

/** Builds a fixture content folder with a throwaway key and no search index unless given. */
export async function buildFixture(dirs: { contentDir: string; outDir: string }, options: Partial<BuildOptions> = {}) {
  const keys = await testSigningKey();
  const result = await buildContent({
    ...dirs,
    signingKey: async () => keys.privateKey,
    searchIndexer: null,
    now: new Date('2026-11-25T08:12:00Z'),
    ...options,
  });
  return { result, keys, messages: result.ok ? [] : result.errors.map(formatError) };
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`fixture has no line with ${needle}`);
  return index + 1;
}

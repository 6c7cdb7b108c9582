import type { Options, SearchOptions } from 'minisearch';
import type { SearchDoc } from '../content/pack-types.js';
import { isCjkTerm, tokenize, tokenizeForIndex } from './normalize.js';

/**
 * The format of a serialised shard. Bump it whenever normalisation, tokenisation or
 * the fields change: an app meeting a shard of another format refuses it (instead of
 * silently finding nothing) until its pack is rebuilt.
 */
export const searchIndexFormat = 3;

export const searchFields = ['title', 'reading', 'body'] as const;
export const storedFields = ['kind', 'docId', 'lang', 'category', 'title', 'snippet', 'titleRuby'] as const;

/** Tokens arrive normalised from the tokenisers; only empty ones are dropped. */
function keepTerm(term: string): string | null {
  return term === '' ? null : term;
}

/**
 * Prefix search for words in Latin (or other alphabetic) script, so "evac" finds
 * "evacuation"; and for a one-character CJK query (税), whose bigrams start with it.
 * A CJK bigram is looked up exactly.
 */
export function usesPrefix(term: string): boolean {
  return !isCjkTerm(term) || Array.from(term).length === 1;
}

/**
 * Fuzzy search (edit distance 20 % of the length, so 1 for 4–7 letters, 2 for 8–12)
 * only for alphabetic words of 4 letters or more: never for CJK bigrams, where one
 * edit is a different word, and never for numbers (2024 is not 2025).
 */
export function fuzziness(term: string): number | false {
  return !isCjkTerm(term) && /^[\p{L}\p{M}]{4,}$/u.test(term) ? 0.2 : false;
}

const searchOptions: SearchOptions = {
  tokenize,
  processTerm: keepTerm,
  boost: { title: 3, reading: 2, body: 1 },
  prefix: usesPrefix,
  fuzzy: fuzziness,
  // The default for a plain string query; the stages in query.ts say it explicitly.
  combineWith: 'AND',
};

/** The MiniSearch options, the same for building and for loading an index. */
export const miniSearchOptions: Options<SearchDoc> = {
  idField: 'id',
  fields: [...searchFields],
  storeFields: [...storedFields],
  tokenize: tokenizeForIndex,
  processTerm: keepTerm,
  searchOptions,
};

import type { Query } from 'minisearch';
import { isCjkTerm, normalize, tokenize } from './normalize.js';

/**
 * A query is tried in stages, from strict to loose; the first stage that finds
 * anything gives the results (across all shards, so precision is the same everywhere).
 *
 * 1. every term: all bigrams of every word (避難所 must contain 避難 and 難所;
 *    「避難所 ペット」 must contain both words).
 * 2. any whole word (only for two words or more): each word still needs all its
 *    bigrams, but one word is enough: 「住民票 コンビニ」 finds the 住民票 guide even
 *    when no document has both.
 * 3. most terms (only when a word has two terms or more): a sentence typed without
 *    spaces (住民票の写しがほしい) or a misspelt reading (ひなんじょう) finds the
 *    documents sharing at least half of its bigrams.
 *
 * Words are what the user separated with spaces or punctuation; each is tokenised on
 * its own, so no bigram spans a typed gap (住民票 写し never makes 票写), and a word
 * typed without spaces (Japanese is) is one word of many bigrams.
 */
export interface QueryStage {
  query: Query;
  /** Fewest query terms a result must match (the loose stage only). */
  minTerms: number;
}

/** Longer input (a pasted paragraph) is cut: 100 characters make 99 bigrams already. */
export const maxQueryLength = 100;

export function queryStages(text: string): QueryStage[] {
  const words = normalize(text.slice(0, maxQueryLength)).split(' ').filter((word) => word !== '');
  const termsByWord = words.map((word) => tokenize(word));
  const distinctTerms = new Set(termsByWord.flat()).size;
  if (distinctTerms === 0) return [];

  const stages: QueryStage[] = [
    { query: { combineWith: 'AND', queries: words }, minTerms: 0 },
  ];
  if (words.length > 1) {
    const eachWord = words.map((word): Query => ({ combineWith: 'AND', queries: [word] }));
    stages.push({ query: { combineWith: 'OR', queries: eachWord }, minTerms: 0 });
  }
  if (termsByWord.some((terms) => terms.length > 1)) {
    stages.push({ query: { combineWith: 'OR', queries: words }, minTerms: Math.ceil(distinctTerms / 2) });
  }
  return stages;
}

/**
 * The words of an alphabetic query (Vietnamese, English, Portuguese…), folded as the index
 * folds them; empty when any word is CJK. The engine ranks documents holding every one of
 * them as typed before those found through prefixes and near spellings: a short phrase
 * ("phiếu cư trú") must not be outranked by a long document full of words that merely
 * begin like its short words or lie one letter away (cua, cung, truoc, phien…).
 */
export function exactTerms(text: string): string[] {
  const terms = normalize(text.slice(0, maxQueryLength)).split(' ').filter((word) => word !== '').flatMap((word) => tokenize(word));
  return terms.some(isCjkTerm) ? [] : [...new Set(terms)];
}

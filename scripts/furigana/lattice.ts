import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Kuromoji, Tokenizer, ViterbiNode } from 'kuromoji';
import type { NumberKind } from './counters.ts';

/**
 * kuromoji with a user dictionary. kuromoji.js cannot load one, so user words are
 * appended to its word lattice before the Viterbi search, exactly where MeCab would
 * put them: each with the connection ids of a reference IPADIC word of the same part
 * of speech and a cost that falls with length. Longer entries therefore win
 * (磐城平城 over 磐城 + 平城), an entry wins over an IPADIC word of the same span
 * (常磐 ジョウバン over トキワ), but a one-character entry such as 平 does not break
 * real words (平日, 平常, 平成) the way a plain longest-match pass would.
 */

/** A word of the analysis. Later stages replace tokens and say so in `source`. */
export interface Token {
  surface: string;
  /** Katakana; undefined when the analyser has none (unknown words, digits, symbols). */
  reading: string | undefined;
  pos: string;
  pos1: string;
  pos2: string;
  source: 'dict' | 'unknown' | 'user' | 'number' | 'override' | 'rule';
  /** For numbers with a counter: what overrides.csv calls the context. */
  kind?: NumberKind;
  counter?: string;
}

/** A word to add to the lattice; `like` is an IPADIC word whose part of speech it takes. */
export interface LatticeWord {
  surface: string;
  reading: string;
  like: string;
}

/**
 * Word costs (IPADIC nouns cost about 3,000–9,000). A one-character entry at 4,000 makes
 * 平 (タイラ) beat the adverb 平に but lose to 平日, 平常 and 平屋; it works from about 1,000
 * (below, 平日 breaks up) to 5,000 (above, 平に wins). Each extra character takes 2,500 off.
 */
export const defaultCosts = { oneChar: 4000, perExtraChar: -2500 };

interface Prepared extends LatticeWord {
  index: number;
  chars: number;
  cost: number;
  left: number;
  right: number;
  pos: [string, string, string];
}

const require = createRequire(import.meta.url);

/** Loads IPADIC from node_modules/kuromoji/dict through Node's resolver (never a browser build). */
export function loadTokenizer(): Promise<Tokenizer> {
  const kuromoji = require('kuromoji') as Kuromoji;
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer)));
  });
}

export class UserLattice {
  private readonly byFirstChar = new Map<string, Prepared[]>();
  private readonly words: Prepared[] = [];

  constructor(
    private readonly tokenizer: Tokenizer,
    words: readonly LatticeWord[],
    costs = defaultCosts,
  ) {
    const refs = new Map<string, ViterbiNode>();
    for (const word of words) {
      const ref = refs.get(word.like) ?? this.reference(word.like);
      refs.set(word.like, ref);
      const features = (tokenizer.token_info_dictionary.getFeatures(ref.name) ?? '').split(',');
      const chars = [...word.surface].length;
      const prepared: Prepared = {
        ...word,
        index: this.words.length,
        chars,
        cost: costs.oneChar + costs.perExtraChar * (chars - 1),
        left: ref.left_id,
        right: ref.right_id,
        pos: [features[1] ?? '', features[2] ?? '', features[3] ?? ''],
      };
      const first = [...word.surface][0] ?? '';
      this.byFirstChar.set(first, [...(this.byFirstChar.get(first) ?? []), prepared]);
      this.words.push(prepared);
    }
  }

  /** Tokenises like kuromoji's tokenize() (sentence by sentence at 、 and 。), with user words. */
  tokenize(text: string): Token[] {
    return splitSentences(text).flatMap((sentence) => this.tokenizeSentence(sentence));
  }

  private tokenizeSentence(sentence: string): Token[] {
    const lattice = this.tokenizer.viterbi_builder.build(sentence);
    const chars = [...sentence];
    chars.forEach((ch, pos) => {
      for (const word of this.byFirstChar.get(ch) ?? []) {
        if (chars.slice(pos, pos + word.chars).join('') !== word.surface) continue;
        lattice.append({
          name: word.index,
          cost: word.cost,
          start_pos: pos + 1,
          length: word.chars,
          left_id: word.left,
          right_id: word.right,
          prev: null,
          surface_form: word.surface,
          shortest_cost: Number.MAX_VALUE,
          type: 'USER',
        });
      }
    });
    const tokens = this.tokenizer.viterbi_searcher.search(lattice).map((node) => this.toToken(node));
    // kuromoji returns no path when it cannot trace one back; never lose text over it.
    if (tokens.map((t) => t.surface).join('') === sentence) return tokens;
    return [{ surface: sentence, reading: undefined, pos: '', pos1: '', pos2: '', source: 'unknown' }];
  }

  private toToken(node: ViterbiNode): Token {
    if (node.type === 'USER') {
      const word = this.words[node.name];
      if (!word) throw new Error(`user lattice node ${node.name} has no word`);
      const [pos, pos1, pos2] = word.pos;
      return { surface: word.surface, reading: word.reading, pos, pos1, pos2, source: 'user' };
    }
    const known = node.type === 'KNOWN';
    const dictionary = known ? this.tokenizer.token_info_dictionary : this.tokenizer.unknown_dictionary;
    const f = (dictionary.getFeatures(node.name) ?? '').split(',');
    const reading = known && f[8] && f[8] !== '*' ? f[8] : undefined;
    return {
      surface: node.surface_form,
      reading,
      pos: f[1] ?? '',
      pos1: f[2] ?? '',
      pos2: f[3] ?? '',
      source: known ? 'dict' : 'unknown',
    };
  }

  /** The IPADIC node kuromoji picks for a reference word, for its connection ids. */
  private reference(word: string): ViterbiNode {
    const path = this.tokenizer.viterbi_searcher.search(this.tokenizer.viterbi_builder.build(word));
    const node = path[0];
    if (path.length !== 1 || !node || node.type !== 'KNOWN') {
      throw new Error(`reference word "${word}" is not a single IPADIC word`);
    }
    return node;
  }
}

/** kuromoji's own split: each sentence ends after 、 or 。 (the lattice stays short). */
function splitSentences(text: string): string[] {
  return text.match(/[^、。]*[、。]|[^、。]+$/gu) ?? [];
}

/**
 * Minimal types for kuromoji 0.1.2 (it ships none). Besides the public builder and
 * tokenize(), the annotator uses the tokenizer's lattice builder and Viterbi searcher
 * to add user-dictionary words to the lattice, as MeCab does with a user dictionary.
 * Those members are internal, but 0.1.2 is the last release (2018) and they are
 * plain properties of the Tokenizer object.
 */
declare module 'kuromoji' {
  export interface IpadicFeatures {
    word_id: number;
    word_type: 'KNOWN' | 'UNKNOWN';
    word_position: number;
    surface_form: string;
    pos: string;
    pos_detail_1: string;
    pos_detail_2: string;
    pos_detail_3: string;
    conjugated_type: string;
    conjugated_form: string;
    basic_form: string;
    reading?: string;
    pronunciation?: string;
  }

  /** A lattice node; `type` is KNOWN, UNKNOWN, BOS, EOS, or whatever a caller appends. */
  export interface ViterbiNode {
    name: number;
    cost: number;
    /** 1-based, in code points. */
    start_pos: number;
    length: number;
    left_id: number;
    right_id: number;
    prev: ViterbiNode | null;
    surface_form: string;
    shortest_cost: number;
    type: string;
  }

  export interface ViterbiLattice {
    append(node: ViterbiNode): void;
  }

  export interface Tokenizer {
    tokenize(text: string): IpadicFeatures[];
    viterbi_builder: { build(text: string): ViterbiLattice };
    viterbi_searcher: { search(lattice: ViterbiLattice): ViterbiNode[] };
    token_info_dictionary: { getFeatures(id: number): string | null | undefined };
    unknown_dictionary: { getFeatures(id: number): string | null | undefined };
  }

  export interface TokenizerBuilder {
    build(callback: (err: Error | null, tokenizer: Tokenizer) => void): void;
  }

  export interface Kuromoji {
    builder(option: { dicPath: string }): TokenizerBuilder;
  }
}

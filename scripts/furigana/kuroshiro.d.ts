/**
 * Minimal types for kuroshiro 1.2 and kuroshiro-analyzer-kuromoji 1.1 (no types shipped),
 * used only by bench/furigana.ts as the baseline. Both are CommonJS: kuroshiro exports
 * `{ default: Kuroshiro }`, the analyzer exports its class directly.
 */
declare module 'kuroshiro' {
  export interface ConvertOptions {
    to?: 'hiragana' | 'katakana' | 'romaji';
    mode?: 'normal' | 'spaced' | 'okurigana' | 'furigana';
  }
  export interface KuroshiroInstance {
    init(analyzer: unknown): Promise<void>;
    convert(text: string, options?: ConvertOptions): Promise<string>;
  }
  export interface KuroshiroModule {
    default: new () => KuroshiroInstance;
  }
}

declare module 'kuroshiro-analyzer-kuromoji' {
  export type KuromojiAnalyzerClass = new (options?: { dictPath?: string }) => object;
}

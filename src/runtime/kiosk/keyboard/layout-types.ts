/** The keyboards' data types, shared by the layouts and the components that place them. */
import type { AccentName } from './accents';

export const layoutIds = ['kana', 'alpha', 'numeric', 'hangul', 'devanagari', 'thai', 'cyrillic', 'khmer', 'burmese'] as const;
export type LayoutId = (typeof layoutIds)[number];

export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (layoutIds as readonly string[]).includes(value);
}

/** Symbols a screen reader may skip: their keys get a spoken name from the locale file. */
export type SymbolName =
  | 'longVowel' | 'middleDot' | 'jaComma' | 'jaPeriod'
  | 'hyphen' | 'at' | 'period' | 'underscore' | 'comma' | 'slash'
  | 'invertedQuestion' | 'invertedExclamation';

/**
 * `face`: what the key shows when that differs from what it types (a vowel sign on ◌).
 * `spoken`: the sign's own name in its script's language (आकार, हलन्त), for a keyboard only
 * its readers are offered; `name` is a symbol named in the UI language instead.
 */
export interface CharKey { kind: 'char'; text: string; name?: SymbolName; span?: number; face?: string; spoken?: string }
export interface ShiftKey { kind: 'shift'; span?: number }
/** Puts a mark on the letter before the caret (see accents.ts). */
export interface AccentKey { kind: 'accent'; accent: AccentName; span?: number }
export type GridKey = CharKey | ShiftKey | AccentKey;

/** Keys of the bottom row; `weight` is their share of its width. */
export type FunctionKeyId = 'script' | 'modifier' | 'left' | 'right' | 'space' | 'backspace' | 'newline' | 'done';
export interface FunctionKey { id: FunctionKeyId; weight: number }

export interface Layout {
  id: LayoutId;
  flow: 'rows' | 'columns';
  /** Rows, or columns when flow is 'columns'; null is an empty cell. */
  lines: readonly (readonly (GridKey | null)[])[];
  /**
   * A row of keys above the grid, left to right, whatever the flow: the kana keyboard's
   * digits and hyphen, so うめもと123-21 needs no switch of keyboard half-way.
   */
  topRow?: readonly (CharKey | AccentKey)[];
  functionRow: readonly FunctionKey[];
  /** What a key shows and types while Shift is on, by its unshifted text (Thai's second level). */
  shifted?: Readonly<Record<string, CharKey>>;
}

/**
 * The three keyboards as data. Components only place and label what is listed here.
 * Kana is written column by column in 五十音 order (あいうえお, かきくけこ, …) so its
 * keys are also read and tabbed through in that order; the others row by row.
 */

export const layoutIds = ['kana', 'alpha', 'numeric'] as const;
export type LayoutId = (typeof layoutIds)[number];

export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (layoutIds as readonly string[]).includes(value);
}

/** Symbols a screen reader may skip: their keys get a spoken name from the locale file. */
export type SymbolName =
  | 'longVowel' | 'middleDot' | 'jaComma' | 'jaPeriod'
  | 'hyphen' | 'at' | 'period' | 'underscore' | 'comma' | 'slash';

export interface CharKey { kind: 'char'; text: string; name?: SymbolName; span?: number }
export interface ShiftKey { kind: 'shift'; span?: number }
export type GridKey = CharKey | ShiftKey;

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
  topRow?: readonly CharKey[];
  functionRow: readonly FunctionKey[];
}

const symbolNames: Record<string, SymbolName> = {
  'ー': 'longVowel', '・': 'middleDot', '、': 'jaComma', '。': 'jaPeriod',
  '-': 'hyphen', '@': 'at', '.': 'period', '_': 'underscore', ',': 'comma', '/': 'slash',
};

/** One line from a string: a space is an empty cell. */
function line(chars: string): (CharKey | null)[] {
  return [...chars].map((text): CharKey | null => {
    if (text === ' ') return null;
    const name = symbolNames[text];
    return name ? { kind: 'char', text, name } : { kind: 'char', text };
  });
}

const kana: Layout = {
  id: 'kana',
  flow: 'columns',
  lines: [
    'あいうえお', 'かきくけこ', 'さしすせそ', 'たちつてと', 'なにぬねの',
    'はひふへほ', 'まみむめも', 'や ゆ よ', 'らりるれろ', 'わ   を',
    'んー、。・', 'ぁぃぅぇぉ', 'ゃっゅ ょ',
  ].map(line),
  topRow: line('1234567890-').filter((key): key is CharKey => key !== null),
  functionRow: [
    { id: 'script', weight: 2 }, { id: 'modifier', weight: 2 }, { id: 'left', weight: 1 }, { id: 'right', weight: 1 },
    { id: 'space', weight: 2 }, { id: 'backspace', weight: 2 }, { id: 'newline', weight: 2 }, { id: 'done', weight: 2 },
  ],
};

const alpha: Layout = {
  id: 'alpha',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    line('qwertyuiop@'),
    line('asdfghjkl._'),
    [{ kind: 'shift', span: 2 }, ...line('zxcvbnm,/')],
  ],
  functionRow: [
    { id: 'left', weight: 1 }, { id: 'right', weight: 1 }, { id: 'space', weight: 4 },
    { id: 'backspace', weight: 2 }, { id: 'newline', weight: 2 }, { id: 'done', weight: 2 },
  ],
};

/** Phone numbers and postal codes: digits and the hyphen only. */
const numeric: Layout = {
  id: 'numeric',
  flow: 'rows',
  lines: ['123', '456', '789', '-0 '].map(line),
  functionRow: [
    { id: 'left', weight: 1 }, { id: 'right', weight: 1 }, { id: 'backspace', weight: 2 }, { id: 'done', weight: 2 },
  ],
};

export const layouts: Record<LayoutId, Layout> = { kana, alpha, numeric };

export interface PlacedKey { key: GridKey; row: number; column: number; span: number }
export interface PlacedGrid { keys: PlacedKey[]; rows: number; columns: number }

/** Grid positions (0-based) of a layout's keys, in the order they are listed (the top row first). */
export function placeKeys(layout: Layout): PlacedGrid {
  const keys: PlacedKey[] = [];
  const top = layout.topRow ?? [];
  top.forEach((key, column) => keys.push({ key, row: 0, column, span: 1 }));
  const below = top.length > 0 ? 1 : 0;
  let rows = below;
  let columns = top.length;
  layout.lines.forEach((cells, lineIndex) => {
    let offset = 0;
    cells.forEach((key, cellIndex) => {
      const span = layout.flow === 'rows' ? (key?.span ?? 1) : 1;
      const row = below + (layout.flow === 'rows' ? lineIndex : cellIndex);
      const column = layout.flow === 'rows' ? offset : lineIndex;
      if (key) keys.push({ key, row, column, span });
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + span);
      offset += span;
    });
  });
  return { keys, rows, columns };
}

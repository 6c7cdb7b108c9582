import type { LanguageCode } from '../../../i18n/languages';
import { accentsFor, extraLettersFor } from './accents';
import { line } from './key-line';
import type { AccentKey, CharKey, GridKey, Layout, LayoutId } from './layout-types';
import { burmeseLayout, cyrillicLayout, khmerLayout, thaiLayout } from './script-layouts';

/**
 * The keyboards as data. Components only place and label what is listed here.
 * Kana is written column by column in 五十音 order (あいうえお, かきくけこ, …) so its
 * keys are also read and tabbed through in that order; the others row by row.
 * Korean (한글), Nepali (देवनागरी), Thai (ไทย), Mongolian (Кирилл), Khmer (ខ្មែរ) and Burmese
 * (မြန်မာ) readers get their own script's keyboard (script-layouts.ts for the last four); Latin
 * gets the accent keys of the reader's language (layoutFor).
 */

export { isLayoutId, layoutIds } from './layout-types';
export type { AccentKey, CharKey, FunctionKey, FunctionKeyId, GridKey, Layout, LayoutId, ShiftKey, SymbolName } from './layout-types';

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

/** 두벌식, the standard Korean layout: the keys type jamo, which join into syllables (hangul.ts). */
const hangul: Layout = {
  id: 'hangul',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    line('ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ'),
    line('ㅁㄴㅇㄹㅎㅗㅓㅏㅣ'),
    [{ kind: 'shift', span: 2 }, ...line('ㅋㅌㅊㅍㅠㅜㅡ,.')],
  ],
  functionRow: alpha.functionRow,
};

/** The Nepali names of the signs, as schools teach them: a screen reader may skip a sign alone. */
const devanagariSignNames: Readonly<Record<string, string>> = {
  'ा': 'आकार', 'ि': 'इकार', 'ी': 'ईकार', 'ु': 'उकार', 'ू': 'ऊकार', 'ृ': 'ऋकार',
  'े': 'एकार', 'ै': 'ऐकार', 'ो': 'ओकार', 'ौ': 'औकार', '्': 'हलन्त',
  'ं': 'शिरबिन्दु', 'ँ': 'चन्द्रबिन्दु', 'ः': 'विसर्ग', '।': 'पूर्णविराम',
};

/** A vowel sign is typed after its consonant; its key shows it on a dotted circle, as printed charts do. */
function signs(chars: string): CharKey[] {
  return [...chars].map((text) => ({ kind: 'char', text, face: `\u25cc${text}`, spoken: devanagariSignNames[text] }));
}

/**
 * Nepali in Devanagari, in the order of the alphabet as Nepali schools teach it: vowels,
 * vowel signs, then the consonants by place of articulation. Digits are ASCII, as forms expect.
 */
const devanagari: Layout = {
  id: 'devanagari',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    line('अआइईउऊऋएऐओऔ'),
    [...signs('ािीुूृेैोौ्')],
    line('कखगघङचछजझञ'),
    line('टठडढणतथदधन'),
    line('पफबभमयरलवश'),
    [...line('षसह'), { kind: 'char', text: 'क्ष' }, { kind: 'char', text: 'त्र' }, { kind: 'char', text: 'ज्ञ' }, ...signs('ंँः'), { kind: 'char', text: '।', spoken: devanagariSignNames['।'] }],
  ],
  functionRow: alpha.functionRow,
};

export const layouts: Record<LayoutId, Layout> = { kana, alpha, numeric, hangul, devanagari, thai: thaiLayout, cyrillic: cyrillicLayout, khmer: khmerLayout, burmese: burmeseLayout };

/**
 * The layout as a reader of `language` gets it: Latin with the accent keys (and the
 * extra letters, đ ¿ ¡) of their language in a row above the letters.
 */
export function layoutFor(id: LayoutId, language: LanguageCode): Layout {
  if (id !== 'alpha') return layouts[id];
  const accents = accentsFor(language);
  const extras = extraLettersFor(language);
  if (accents.length === 0 && extras.length === 0) return alpha;
  const topRow: (CharKey | AccentKey)[] = [
    ...accents.map((accent): AccentKey => ({ kind: 'accent', accent })),
    ...extras.flatMap((ch) => line(ch)).filter((key): key is CharKey => key !== null),
  ];
  return { ...alpha, topRow };
}

/** A language's own script's keyboard, where it has one besides Latin. */
const nativeLayouts: Partial<Record<LanguageCode, LayoutId>> = { ja: 'kana', 'ja-easy': 'kana', ko: 'hangul', ne: 'devanagari', th: 'thai', mn: 'cyrillic', km: 'khmer', my: 'burmese' };

export function nativeLayout(language: LanguageCode): LayoutId | undefined {
  return nativeLayouts[language];
}

/** The keyboards the switch offers: the reader's own script first, and kana for Japanese addresses. */
export function switchableLayouts(language: LanguageCode): LayoutId[] {
  const own = nativeLayout(language);
  const base: LayoutId[] = ['kana', 'alpha', 'numeric'];
  return own && !base.includes(own) ? [own, ...base] : base;
}

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

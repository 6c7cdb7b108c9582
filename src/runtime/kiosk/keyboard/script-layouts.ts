import type { CharKey, GridKey, Layout } from './layout-types';
import { line } from './key-line';

/**
 * Keyboards of scripts whose readers type on their phones' standard layout: Thai on
 * เกษมณี (Kedmanee), Mongolian on the Mongolian Cyrillic layout (MNS 5217), each under a
 * row of ASCII digits, as forms expect. Only those readers are offered them (layouts.ts).
 */

/** Thai signs that sit above or below a consonant, by the names Thai schools teach. */
const thaiSignNames: Readonly<Record<string, string>> = {
  'ั': 'ไม้หันอากาศ', 'ิ': 'สระอิ', 'ี': 'สระอี', 'ึ': 'สระอึ', 'ื': 'สระอือ', 'ุ': 'สระอุ', 'ู': 'สระอู',
  '็': 'ไม้ไต่คู้', '่': 'ไม้เอก', '้': 'ไม้โท', '๊': 'ไม้ตรี', '๋': 'ไม้จัตวา', '์': 'ทัณฑฆาต', 'ํ': 'นิคหิต', 'ฺ': 'พินทุ',
};

/** A Thai key: a sign is shown on a dotted circle, as Thai keyboards print it, and named. */
function thai(chars: string): CharKey[] {
  return [...chars].map((text): CharKey => {
    const spoken = thaiSignNames[text];
    return spoken ? { kind: 'char', text, face: `\u25cc${text}`, spoken } : { kind: 'char', text };
  });
}

/**
 * Kedmanee's shifted letters and signs, by the unshifted key. Keys whose shifted level is
 * a Thai digit or punctuation keep their letter: digits are typed in ASCII above.
 */
const thaiShifted: Readonly<Record<string, CharKey>> = Object.fromEntries(
  [...'ุำพะัีรนยบฃฟหกดเ้่าสวแอิืมใฝ'].map((base, i) => [base, thai('ูฎฑธํ๊ณฯญฐฅฤฆฏโฌ็๋ษศซฉฮฺ์ฒฬฦ')[i]!]),
);

const shiftKey: GridKey = { kind: 'shift', span: 2 };
const latinFunctionRow: Layout['functionRow'] = [
  { id: 'left', weight: 1 }, { id: 'right', weight: 1 }, { id: 'space', weight: 4 },
  { id: 'backspace', weight: 2 }, { id: 'newline', weight: 2 }, { id: 'done', weight: 2 },
];

export const thaiLayout: Layout = {
  id: 'thai',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    thai('ภถุึคตจขช'),
    thai('ๆไำพะัีรนยบลฃ'),
    thai('ฟหกดเ้่าสวง'),
    [shiftKey, ...thai('ผปแอิืทมใฝ')],
  ],
  shifted: thaiShifted,
  functionRow: latinFunctionRow,
};

/** Mongolian Cyrillic (Ө and Ү where the standard layout has them); Shift gives capitals. */
export const cyrillicLayout: Layout = {
  id: 'cyrillic',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    line('фцужэнгшүзкъе'),
    line('йыбөахролдпщ'),
    [shiftKey, ...line('ячёсмитьвю,.')],
  ],
  functionRow: latinFunctionRow,
};

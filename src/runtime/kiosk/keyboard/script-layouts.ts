import type { CharKey, GridKey, Layout } from './layout-types';
import { line } from './key-line';

/**
 * Keyboards of scripts whose readers type on their phones' standard layout: Thai on
 * เกษมณี (Kedmanee), Mongolian on the Mongolian Cyrillic layout (MNS 5217); Khmer and
 * Burmese, whose standard layouts hide half the signs behind Shift, in alphabet order as
 * schools teach it (like the Devanagari keyboard). Each under a row of ASCII digits, as
 * forms expect. Only those readers are offered them (layouts.ts).
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

/** A sign key shown on a dotted circle and spoken by its name in its own script. */
function signKeys(chars: string, names: Readonly<Record<string, string>>): CharKey[] {
  return [...chars].map((text): CharKey => {
    const spoken = names[text];
    if (!spoken) return { kind: 'char', text };
    return /\p{M}/u.test(text) ? { kind: 'char', text, face: `\u25cc${text}`, spoken } : { kind: 'char', text, spoken };
  });
}

/** Khmer signs by the names Khmer schools teach; ្ (ជើង) before a consonant writes it subscript. */
const khmerSignNames: Readonly<Record<string, string>> = {
  'ា': 'ស្រៈអា', 'ិ': 'ស្រៈអិ', 'ី': 'ស្រៈអី', 'ឹ': 'ស្រៈអឹ', 'ឺ': 'ស្រៈអឺ', 'ុ': 'ស្រៈអុ', 'ូ': 'ស្រៈអូ', 'ួ': 'ស្រៈអួ',
  'ើ': 'ស្រៈអើ', 'ឿ': 'ស្រៈអឿ', 'ៀ': 'ស្រៈអៀ', 'េ': 'ស្រៈអេ', 'ែ': 'ស្រៈអែ', 'ៃ': 'ស្រៈអៃ', 'ោ': 'ស្រៈអោ', 'ៅ': 'ស្រៈអៅ',
  'ំ': 'និគ្គហិត', 'ះ': 'រះមុខ', '់': 'បន្តក់', '៉': 'មូសិកទន្ត', '៊': 'ត្រីសព្ទ', '្': 'ជើង', '៍': 'ទណ្ឌឃាដ', '។': 'ខណ្ឌ',
};

export const khmerLayout: Layout = {
  id: 'khmer',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    line('កខគឃងចឆជឈញដ'),
    line('ឋឌឍណតថទធនបផ'),
    line('ពភមយរលវសហឡអ'),
    signKeys('ាិីឹឺុូួើឿៀ', khmerSignNames),
    signKeys('េែៃោៅំះ់៉៊្', khmerSignNames),
    [...line('ឥឦឧឪឫឬឭឮឯឱឳ'), ...signKeys('៍។', khmerSignNames)],
  ],
  functionRow: latinFunctionRow,
};

/** Burmese signs by their Burmese names; typed after their consonant, as Unicode stores them (မ ြ န ် → မြန်). */
const burmeseSignNames: Readonly<Record<string, string>> = {
  'ါ': 'ရေးချ (ကောက်)', 'ာ': 'ရေးချ', 'ိ': 'လုံးကြီးတင်', 'ီ': 'လုံးကြီးတင်ဆန်ခတ်', 'ု': 'တစ်ချောင်းငင်', 'ူ': 'နှစ်ချောင်းငင်',
  'ေ': 'သဝေထိုး', 'ဲ': 'နောက်ပစ်', 'ံ': 'သေးသေးတင်', '့': 'အောက်မြစ်', 'း': 'ဝစ္စပေါ်', '်': 'အသတ်',
  'ျ': 'ယပင့်', 'ြ': 'ယရစ်', 'ွ': 'ဝဆွဲ', 'ှ': 'ဟထိုး', '္': 'ပါဌ်ဆင့်', '၊': 'ပုဒ်ဖြတ်', '။': 'ပုဒ်မ',
  '၌': 'နှိုက်', '၍': 'ရွေ့', '၎': 'လည်းကောင်း', '၏': 'ဧ့',
};

export const burmeseLayout: Layout = {
  id: 'burmese',
  flow: 'rows',
  lines: [
    line('1234567890-'),
    line('ကခဂဃငစဆဇဈညဋ'),
    line('ဌဍဎဏတထဒဓနပဖ'),
    line('ဗဘမယရလဝသဟဠအ'),
    signKeys('ါာိီုူေဲံ့း', burmeseSignNames),
    [...signKeys('်ျြွှ္', burmeseSignNames), ...line('ဣဤဥဦဧ')],
    [...line('ဩဪဿ'), ...signKeys('၌၍၎၏၊။', burmeseSignNames)],
  ],
  functionRow: latinFunctionRow,
};

import { describe, expect, it } from 'vitest';
import { chooseLayout } from './choose-layout';
import { neighbour } from './grid-navigation';
import { layouts, placeKeys, type CharKey } from './layouts';

const texts = (id: keyof typeof layouts) =>
  placeKeys(layouts[id]).keys.map(({ key }) => (key.kind === 'char' ? key.text : `[${key.kind}]`));

describe('keyboard layouts', () => {
  it('lists kana in 五十音 order, column by column, with each row of a column on its own row', () => {
    const kana = placeKeys(layouts.kana);
    expect(texts('kana').slice(11, 21)).toEqual([...'あいうえおかきくけこ']);
    expect(kana.rows).toBe(6);
    const at = (text: string) => kana.keys.find(({ key }) => (key as CharKey).text === text);
    expect(at('か')).toMatchObject({ row: 1, column: 1 });
    expect(at('ゆ')).toMatchObject({ row: 3, column: 7 });
    expect(at('を')).toMatchObject({ row: 5, column: 9 });
    for (const ch of 'ゃゅょっぁぃぅぇぉー、。ん') expect(at(ch), ch).toBeDefined();
  });

  it('puts digits and a hyphen above the kana, so an address like うめもと123-21 needs no other keyboard', () => {
    const kana = placeKeys(layouts.kana);
    expect(texts('kana').slice(0, 11)).toEqual([...'1234567890-']);
    const row0 = kana.keys.filter(({ row }) => row === 0).map(({ key }) => (key as CharKey).text);
    expect(row0).toEqual([...'1234567890-']);
    expect(kana.columns).toBe(13);
  });

  it('has QWERTY rows, digits, shift and the symbols of e-mail addresses', () => {
    const alpha = texts('alpha').join(' ');
    expect(alpha).toContain('q w e r t y u i o p');
    expect(alpha).toContain('1 2 3 4 5 6 7 8 9 0');
    for (const symbol of ['@', '.', '-', '_', '/', '[shift]']) expect(texts('alpha')).toContain(symbol);
    expect(layouts.alpha.functionRow.map((k) => k.id)).toContain('space');
  });

  it('gives phone numbers and postal codes only digits and a hyphen', () => {
    expect(texts('numeric').sort()).toEqual([...'-0123456789'].sort());
  });

  it('names every symbol key so a screen reader does not skip it', () => {
    for (const layout of Object.values(layouts)) {
      for (const { key } of placeKeys(layout).keys) {
        if (key.kind === 'char' && !/[\p{L}\p{N}]/u.test(key.text)) expect(key.name ?? key.spoken, key.text).toBeDefined();
      }
    }
  });
});

describe('Thai and Mongolian keyboards', () => {
  it('puts Kedmanee under ASCII digits, every sign on a dotted circle with its Thai name, Shift giving the second level', () => {
    const thai = texts('thai');
    expect(thai.slice(0, 11)).toEqual([...'1234567890-']);
    expect(thai).toContain('[shift]');
    for (const { key } of placeKeys(layouts.thai).keys) {
      if (key.kind === 'char' && /\p{M}/u.test(key.text)) expect([key.face, key.spoken], key.text).toEqual([`\u25cc${key.text}`, expect.stringMatching(/\S/)]);
    }
    const shifted = Object.values(layouts.thai.shifted ?? {});
    // 44 consonants less the two obsolete ones Kedmanee still carries: all reachable with or without Shift.
    const reachable = new Set([...thai, ...shifted.map((k) => k.text)]);
    const consonants = [...'กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ'];
    expect(consonants.filter((c) => !reachable.has(c))).toEqual([]);
    for (const sign of shifted.filter((k) => /\p{M}/u.test(k.text))) expect(sign.spoken, sign.text).toMatch(/\S/);
  });

  it('gives Mongolian the letters Russian keyboards lack, Ө and Ү, and opens it for a Mongolian reader', () => {
    expect(texts('cyrillic')).toEqual(expect.arrayContaining(['ө', 'ү', 'ё', 'щ', '[shift]']));
    expect(chooseLayout({ type: 'text' }, 'mn')).toBe('cyrillic');
    expect(chooseLayout({ type: 'text' }, 'th')).toBe('thai');
    expect(chooseLayout({ type: 'email' }, 'th')).toBe('alpha');
    expect(chooseLayout({ type: 'text' }, 'km')).toBe('khmer');
    expect(chooseLayout({ type: 'text' }, 'my')).toBe('burmese');
  });
});

describe('Khmer and Burmese keyboards', () => {
  it('offer every consonant of the alphabet, in order, and every sign on a dotted circle with its name', () => {
    const khmer = texts('khmer');
    expect(khmer.join('')).toContain('កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ');
    const burmese = texts('burmese');
    expect(burmese.join('')).toContain('ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ');
    for (const id of ['khmer', 'burmese'] as const) {
      for (const { key } of placeKeys(layouts[id]).keys) {
        if (key.kind === 'char' && /\p{M}/u.test(key.text)) expect([key.face, key.spoken], key.text).toEqual([`\u25cc${key.text}`, expect.stringMatching(/\S/)]);
      }
    }
  });
});

describe('choosing the keyboard for a field', () => {
  it('obeys data-osk first', () => {
    expect(chooseLayout({ osk: 'numeric', type: 'text' }, 'ja')).toBe('numeric');
    expect(chooseLayout({ osk: 'kana', type: 'email' }, 'en')).toBe('kana');
  });
  it('opens numbers for phone and numeric fields, letters for e-mail and URLs', () => {
    expect(chooseLayout({ type: 'tel' }, 'ja')).toBe('numeric');
    expect(chooseLayout({ type: 'text', inputMode: 'numeric' }, 'ja')).toBe('numeric');
    expect(chooseLayout({ type: 'text', autocomplete: 'postal-code' }, 'ja')).toBe('numeric');
    expect(chooseLayout({ type: 'email' }, 'ja')).toBe('alpha');
    expect(chooseLayout({ type: 'url' }, 'ja-easy')).toBe('alpha');
  });
  it('defaults to kana for Japanese readers and letters for everyone else', () => {
    expect(chooseLayout({ type: 'text' }, 'ja')).toBe('kana');
    expect(chooseLayout({ type: 'textarea' }, 'ja-easy')).toBe('kana');
    expect(chooseLayout({ type: 'text' }, 'en')).toBe('alpha');
    expect(chooseLayout({ type: 'text', osk: 'bogus' }, 'vi')).toBe('alpha');
  });
});

describe('arrow keys between keys', () => {
  const kana = placeKeys(layouts.kana).keys;
  const index = (text: string) => kana.findIndex(({ key }) => (key as CharKey).text === text);
  const textAt = (i: number) => (kana[i]?.key as CharKey).text;

  it('moves along rows and columns of the 五十音 grid', () => {
    expect(textAt(neighbour(kana, index('か'), 'ArrowRight'))).toBe('さ');
    expect(textAt(neighbour(kana, index('か'), 'ArrowDown'))).toBe('き');
    expect(textAt(neighbour(kana, index('き'), 'ArrowUp'))).toBe('か');
    expect(textAt(neighbour(kana, index('か'), 'Home'))).toBe('あ');
  });
  it('skips empty cells and stops at the edges', () => {
    expect(textAt(neighbour(kana, index('ま'), 'ArrowRight'))).toBe('や');
    expect(textAt(neighbour(kana, index('み'), 'ArrowRight'))).toBe('り');
    expect(textAt(neighbour(kana, index('あ'), 'ArrowLeft'))).toBe('あ');
    expect(textAt(neighbour(kana, index('あ'), 'ArrowUp'))).toBe('1');
    expect(textAt(neighbour(kana, index('1'), 'ArrowUp'))).toBe('1');
    expect(textAt(neighbour(kana, index('0'), 'ArrowDown'))).toBe('わ');
  });
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { initI18n } from '../../../i18n';
import type { LanguageCode } from '../../../i18n/languages';
import { KeyboardHost } from './keyboard-controller';
import { loadKeyboardStrings } from './keyboard-i18n';

beforeAll(async () => {
  await initI18n('ja');
  await Promise.all((['ja', 'en', 'ko', 'vi', 'ne', 'th', 'mn', 'km', 'my'] as const).map(loadKeyboardStrings));
});
afterEach(cleanup);

/** A form field the way app code writes one: controlled, with Preact's onInput. */
function Form({ type = 'text', maxLength, language = 'ja' }: { type?: 'text' | 'tel'; maxLength?: number; language?: LanguageCode }) {
  const [value, setValue] = useState('');
  return (
    <>
      <label>
        名前 <input type={type as 'text'} value={value} maxLength={maxLength} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <p data-testid="state">{value}</p>
      <KeyboardHost enabled language={language} />
    </>
  );
}

/** A finger on a key: pointerdown, mousedown, click. Returns false when the key refused to take the focus. */
function tap(key: HTMLElement): boolean {
  const focusAllowed = fireEvent.pointerDown(key);
  fireEvent.mouseDown(key);
  fireEvent.click(key);
  return focusAllowed;
}

const regionNames: Partial<Record<LanguageCode, string>> = { ja: '文字入力キーボード', en: 'On-screen keyboard', th: 'แป้นพิมพ์บนหน้าจอ', mn: 'Дэлгэцийн гар', km: 'ក្តារចុចលើអេក្រង់', my: 'မျက်နှာပြင်ကီးဘုတ်' };

function setUp(props: Parameters<typeof Form>[0] = {}) {
  render(<Form {...props} />);
  const field = screen.getByRole('textbox', { name: '名前' }) as HTMLInputElement;
  act(() => field.focus());
  const keyboard = screen.getByRole('region', { name: regionNames[props.language ?? 'ja'] });
  const key = (name: string | RegExp) => within(keyboard).getByRole('button', { name });
  const state = () => screen.getByTestId('state').textContent;
  return { field, keyboard, key, state };
}

describe('the on-screen keyboard', () => {
  it('types か, then turns it into が with the ゛゜小 key, through the field’s own onInput', () => {
    const { field, key, state } = setUp();
    tap(key('か'));
    tap(key('濁点・半濁点・小さい文字'));
    expect(state()).toBe('が');
    expect(field.value).toBe('が');
  });

  it('deletes the character before the caret', () => {
    const { field, key, state } = setUp();
    for (const ch of ['か', 'き', 'く']) tap(key(ch));
    tap(key('カーソルを左へ'));
    tap(key('削除'));
    expect(state()).toBe('かく');
    expect(field.selectionStart).toBe(1);
  });

  it('types katakana after the カタカナ switch', () => {
    const { key, state } = setUp();
    tap(key('カタカナ'));
    tap(key('ア'));
    tap(key('長音記号'));
    expect(state()).toBe('アー');
    expect(key('カタカナ').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the number pad for a phone field, and says so', () => {
    const { keyboard, key } = setUp({ type: 'tel' });
    expect(within(keyboard).getByText('数字で入力')).toBeTruthy();
    expect(key('123').getAttribute('aria-pressed')).toBe('true');
    expect(key('0')).toBeTruthy();
    expect(key('ハイフン')).toBeTruthy();
    expect(within(keyboard).queryByRole('button', { name: 'か' })).toBeNull();
  });

  it('never takes the focus from the field', () => {
    const { field, keyboard, key } = setUp();
    const keys = within(keyboard).getAllByRole('button');
    for (const button of keys) {
      expect(fireEvent.pointerDown(button), button.textContent ?? '').toBe(false);
      expect(fireEvent.mouseDown(button)).toBe(false);
    }
    tap(key('あ'));
    expect(document.activeElement).toBe(field);
  });

  it('stops at maxLength', () => {
    const { key, state } = setUp({ type: 'tel', maxLength: 3 });
    for (const digit of ['0', '2', '4', '6', '5']) tap(key(digit));
    expect(state()).toBe('024');
  });

  it('inserts a capital once after Shift, and a space', () => {
    const { key, state } = setUp({ language: 'en' });
    tap(key('Shift'));
    tap(key('T'));
    tap(key('a'));
    tap(key('Space'));
    tap(key('At sign'));
    expect(state()).toBe('Ta @');
  });

  it.each(['ja', 'en'] as const)('names every button it shows in %s, in each layout', (language) => {
    const { keyboard, key } = setUp({ language });
    for (const layout of ['かな', 'ABC', '123']) {
      tap(key(layout));
      const buttons = within(keyboard).getAllByRole('button');
      expect(buttons.length).toBeGreaterThan(5);
      expect(within(keyboard).getAllByRole('button', { name: /\S/ })).toHaveLength(buttons.length);
    }
    tap(key('かな'));
    expect(key(language === 'ja' ? '濁点・半濁点・小さい文字' : 'Voiced mark / small kana')).toBeTruthy();
    expect(key(language === 'ja' ? '完了' : 'Done')).toBeTruthy();
  });

  it('types Korean: the 한글 keyboard opens for a Korean reader, and jamo join into syllables', () => {
    const { key, state } = setUp({ language: 'ko' });
    for (const jamo of ['ㅎ', 'ㅏ', 'ㄴ', 'ㄱ', 'ㅜ', 'ㄱ']) tap(key(jamo));
    expect(state()).toBe('한국');
    tap(key('시프트'));
    tap(key('ㄲ'));
    tap(key('ㅗ'));
    expect(state()).toBe('한국꼬');
  });

  it('joins a jamo only to the syllable it follows: after a move of the caret it starts a new one', () => {
    const { key, state } = setUp({ language: 'ko' });
    for (const jamo of ['ㄱ', 'ㅏ']) tap(key(jamo));
    tap(key(/←|왼쪽/u));
    tap(key(/→|오른쪽/u));
    tap(key('ㄴ'));
    expect(state()).toBe('가ㄴ');
  });

  it('types Vietnamese with the accent keys: mark and tone on the letter before the caret', () => {
    const { key, state } = setUp({ language: 'vi' });
    for (const ch of ['p', 'h', 'i', 'e']) tap(key(ch));
    tap(key('Dấu mũ (â, ê, ô)'));
    tap(key('Dấu sắc'));
    tap(key('u'));
    tap(key('đ'));
    expect(state()).toBe('phiếuđ');
  });

  it('types Nepali on the देवनागरी keyboard, a vowel sign after its consonant', () => {
    const { key, state } = setUp({ language: 'ne' });
    // A vowel sign's key shows it on a dotted circle (◌े) and is named as Nepali schools name it.
    for (const ch of ['न', 'एकार', 'प', 'आकार', 'ल']) tap(key(ch));
    expect(state()).toBe('नेपाल');
  });

  it('types Thai on the เกษมณี keyboard: a sign after its consonant, Shift for the second level', () => {
    const { key, state } = setUp({ language: 'th' });
    expect(key('ไทย').getAttribute('aria-pressed')).toBe('true');
    // Signs show on a dotted circle and are named as Thai schools name them.
    for (const ch of ['ส', 'ว', 'ไม้หันอากาศ', 'ส', 'ด', 'สระอี']) tap(key(ch));
    expect(state()).toBe('สวัสดี');
    tap(key('Shift'));
    tap(key('ศ'));
    tap(key('ร'));
    expect(state()).toBe('สวัสดีศร');
  });

  it('types Mongolian on the Cyrillic keyboard, Ө and Ү included, a capital after Shift', () => {
    const { key, state } = setUp({ language: 'mn' });
    expect(key('Кирилл').getAttribute('aria-pressed')).toBe('true');
    tap(key('Shift'));
    for (const ch of ['Ө', 'н', 'д', 'ө', 'р', 'ү']) tap(key(ch));
    expect(state()).toBe('Өндөрү');
  });

  it('types Khmer and Burmese in alphabet order, a sign after its consonant, ្ (ជើង) for a subscript', () => {
    const khmer = setUp({ language: 'km' });
    for (const ch of ['ខ', 'ជើង', 'ម', 'ស្រៈអែ', 'រ']) tap(khmer.key(ch));
    expect(khmer.state()).toBe('ខ្មែរ');
    cleanup();
    const burmese = setUp({ language: 'my' });
    for (const ch of ['မ', 'ယရစ်', 'န', 'အသတ်', 'မ', 'ရေးချ']) tap(burmese.key(ch));
    expect(burmese.state()).toBe('မြန်မာ');
  });

  it.each(['ko', 'vi', 'ne', 'th', 'mn', 'km', 'my'] as const)('names every button it shows in %s, in each layout', (language) => {
    const { keyboard } = setUp({ language });
    // The first group is the layout switch; the kana keyboard adds the kanji candidates' group.
    const switchGroup = () => within(keyboard).getAllByRole('group')[0]!;
    const switches = within(switchGroup()).getAllByRole('button');
    expect(switches.length).toBeGreaterThanOrEqual(3);
    for (const index of switches.keys()) {
      tap(within(switchGroup()).getAllByRole('button')[index]!);
      const buttons = within(keyboard).getAllByRole('button');
      expect(within(keyboard).getAllByRole('button', { name: /\S/u })).toHaveLength(buttons.length);
    }
  });
});

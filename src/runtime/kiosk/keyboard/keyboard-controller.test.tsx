import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { initI18n } from '../../../i18n';
import type { LanguageCode } from '../../../i18n/languages';
import { KeyboardHost, keyboardOpen } from './keyboard-controller';
import { loadKeyboardStrings } from './keyboard-i18n';

beforeAll(async () => {
  await initI18n('ja');
  await Promise.all([loadKeyboardStrings('ja'), loadKeyboardStrings('en')]);
});
afterEach(cleanup);

function Page({ enabled = true, language = 'ja' }: { enabled?: boolean; language?: LanguageCode }) {
  return (
    <>
      <input aria-label="氏名" />
      <input aria-label="電話番号" type="tel" inputMode="tel" />
      <input aria-label="メール" type="email" />
      <input aria-label="郵便番号" data-osk="numeric" />
      <textarea aria-label="ご意見" />
      <button type="button">次へ</button>
      <KeyboardHost enabled={enabled} language={language} />
    </>
  );
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const keyboard = () => screen.queryByRole('region', { name: /文字入力キーボード|On-screen keyboard/ });
const focus = (el: HTMLElement) => act(() => el.focus());
const pressedLayout = () => within(keyboard()!).getAllByRole('button', { pressed: true }).map((b) => b.textContent);

describe('the keyboard host on a kiosk', () => {
  it('opens for a text field, in place of the system keyboard', () => {
    render(<Page />);
    expect(keyboard()).toBeNull();
    focus(field('氏名'));
    expect(keyboard()).not.toBeNull();
    expect(keyboardOpen.value).toBe(true);
    expect(field('氏名').getAttribute('inputmode')).toBe('none');
    expect(document.body.hasAttribute('data-keyboard-open')).toBe(true);
  });

  it('picks the keyboard from data-osk, the field type and the language', () => {
    const { unmount } = render(<Page />);
    focus(field('氏名'));
    expect(pressedLayout()).toContain('かな');
    focus(field('電話番号'));
    expect(pressedLayout()).toContain('123');
    focus(field('メール'));
    expect(pressedLayout()).toContain('ABC');
    focus(field('郵便番号'));
    expect(pressedLayout()).toContain('123');
    unmount();
    render(<Page language="en" />);
    focus(field('氏名'));
    expect(pressedLayout()).toContain('ABC');
  });

  it('offers a new-line key only in a text area', () => {
    render(<Page />);
    focus(field('氏名'));
    expect(within(keyboard()!).queryByRole('button', { name: /改行/ })).toBeNull();
    focus(field('ご意見'));
    fireEvent.click(within(keyboard()!).getByRole('button', { name: /改行/ }));
    expect(field('ご意見').value).toBe('\n');
  });

  it('closes when focus moves to something that is not a text field', async () => {
    render(<Page />);
    focus(field('氏名'));
    focus(screen.getByRole('button', { name: '次へ' }));
    expect(keyboard()).toBeNull();
    focus(field('氏名'));
    await act(async () => {
      field('氏名').blur();
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(keyboardOpen.value).toBe(false);
  });

  it('touched away to a button, it closes only once the touch’s click has landed, so the page does not move under the finger', async () => {
    render(<Page />);
    focus(field('氏名'));
    const next = screen.getByRole('button', { name: '次へ' });
    fireEvent.pointerDown(next);
    focus(next);
    expect(keyboard()).not.toBeNull();
    // A finger's click is a task of its own after the release: the keyboard (and the page's
    // inset under it) must still be there when it is hit-tested, or 次へ misses.
    await act(async () => {
      fireEvent.pointerUp(next);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(keyboard()).not.toBeNull();
    await act(async () => {
      fireEvent.click(next);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(keyboard()).toBeNull();
  });

  it('a finger’s tap that gives focus only after its release (as Chromium does) still closes after its click', async () => {
    render(<Page />);
    focus(field('氏名'));
    const next = screen.getByRole('button', { name: '次へ' });
    await act(async () => {
      fireEvent.pointerDown(next);
      fireEvent.pointerUp(next);
      focus(next);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(keyboard()).not.toBeNull();
    await act(async () => {
      fireEvent.click(next);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(keyboard()).toBeNull();
  });

  it('a touch away that makes no click (a swipe) still closes it a moment later', async () => {
    render(<Page />);
    focus(field('氏名'));
    const next = screen.getByRole('button', { name: '次へ' });
    fireEvent.pointerDown(next);
    focus(next);
    await act(async () => {
      fireEvent.pointerUp(next);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(keyboard()).toBeNull();
  });

  it('closes on 完了 and on Escape, and comes back when the field is touched again', () => {
    render(<Page />);
    const name = field('氏名');
    focus(name);
    fireEvent.click(within(keyboard()!).getByRole('button', { name: '完了' }));
    expect(keyboard()).toBeNull();
    expect(document.activeElement).toBe(name);
    fireEvent.pointerDown(name);
    expect(keyboard()).not.toBeNull();
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(keyboard()).toBeNull();
  });

  it('sits right after its field in the Tab order', () => {
    render(<Page />);
    const name = field('氏名');
    focus(name);
    fireEvent.keyDown(name, { key: 'Tab' });
    const first = document.activeElement as HTMLElement;
    expect(keyboard()!.contains(first)).toBe(true);
    expect(keyboard()).not.toBeNull();
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(name);
  });

  it('types from a key reached by keyboard, and Escape there returns to the field', () => {
    render(<Page />);
    const name = field('氏名');
    focus(name);
    const key = within(keyboard()!).getByRole('button', { name: 'あ' });
    focus(key);
    expect(keyboard()).not.toBeNull();
    fireEvent.click(key);
    expect(name.value).toBe('あ');
    fireEvent.keyDown(key, { key: 'Escape' });
    expect(keyboard()).toBeNull();
    expect(document.activeElement).toBe(name);
  });

  it('leaves fields alone when disabled, and restores their inputmode when switched off', () => {
    const { rerender } = render(<Page />);
    focus(field('電話番号'));
    expect(field('電話番号').getAttribute('inputmode')).toBe('none');
    rerender(<Page enabled={false} />);
    expect(keyboard()).toBeNull();
    expect(field('電話番号').getAttribute('inputmode')).toBe('tel');
    expect(document.body.hasAttribute('data-keyboard-open')).toBe(false);
    focus(field('氏名'));
    expect(keyboard()).toBeNull();
    expect(field('氏名').hasAttribute('inputmode')).toBe(false);
  });
});

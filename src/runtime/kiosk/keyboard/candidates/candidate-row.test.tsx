import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { initI18n } from '../../../../i18n';
import { KeyboardHost } from '../keyboard-controller';
import { loadKeyboardStrings } from '../keyboard-i18n';
import { CandidateRow } from './candidate-row';

beforeAll(async () => {
  await initI18n('ja');
  await Promise.all((['ja', 'en'] as const).map(loadKeyboardStrings));
});
afterEach(cleanup);

function Form() {
  const [value, setValue] = useState('');
  return (
    <>
      <label>
        住所 <input type="text" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <p data-testid="state">{value}</p>
      <KeyboardHost enabled language="ja" />
    </>
  );
}

const tap = (key: HTMLElement) => {
  fireEvent.pointerDown(key);
  fireEvent.mouseDown(key);
  fireEvent.click(key);
};

describe('the kanji candidate row', () => {
  it('names each candidate by its word, inside a named group', () => {
    const onChoose = vi.fn();
    render(<CandidateRow label="漢字の候補" candidates={[{ surface: '小名浜', reading: 'おなはま', replace: 4 }]} onChoose={onChoose} />);
    const row = screen.getByRole('group', { name: '漢字の候補' });
    fireEvent.click(within(row).getByRole('button', { name: '小名浜' }));
    expect(onChoose).toHaveBeenCalledWith({ surface: '小名浜', reading: 'おなはま', replace: 4 });
  });

  it('turns おなはま typed on the kana keys into 小名浜 in the field, through its onInput', async () => {
    render(<Form />);
    const field = screen.getByRole('textbox', { name: '住所' }) as HTMLInputElement;
    act(() => field.focus());
    const keyboard = screen.getByRole('region', { name: '文字入力キーボード' });
    for (const ch of ['い', 'わ', 'き', 'お', 'な', 'は', 'ま']) tap(within(keyboard).getByRole('button', { name: ch }));
    const row = within(keyboard).getByRole('group', { name: '漢字の候補' });
    const onahama = await waitFor(() => within(row).getByRole('button', { name: '小名浜' }));
    tap(onahama);
    expect(screen.getByTestId('state').textContent).toBe('いわき小名浜');
    expect(document.activeElement).toBe(field);
    // Nothing kana is left before the caret, so the row empties.
    await waitFor(() => expect(within(row).queryAllByRole('button')).toHaveLength(0));
  });
});

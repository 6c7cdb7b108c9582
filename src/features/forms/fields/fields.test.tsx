import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { initI18n, loadNamespace } from '../../../i18n';
import type { Field } from '../../../lib/forms/form-schema';
import { FieldHarness, L, seen } from '../test/harness';

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
});
afterEach(cleanup);

const base = { label: L('件名'), required: true } as const;
const show = (field: Field, options: Partial<Parameters<typeof FieldHarness>[0]> = {}) => render(<FieldHarness field={field} {...options} />);

describe('field components', () => {
  it('text: a visible label that says "required" in words, and the reader\'s own keyboard on kiosks (no fixed layout)', () => {
    show({ ...base, id: 'subject', type: 'text', maxLength: 50, help: L('短く') });
    const input = screen.getByLabelText(/件名/) as HTMLInputElement;
    expect(screen.getByText('必須')).toBeTruthy();
    // Free text follows the reader's language (kana for Japanese, 한글 for Korean: choose-layout.ts).
    expect(input.dataset.osk).toBeUndefined();
    fireEvent.input(input, { target: { value: '公園のトイレ' } });
    expect(seen.answers.subject).toBe('公園のトイレ');
    expect(input.getAttribute('aria-describedby')).toBe('field-subject-help');
  });

  it('an error is shown in words, tied to its input with aria-describedby and aria-invalid', () => {
    show({ ...base, id: 'subject', type: 'text', maxLength: 5 }, { error: { code: 'too-long', params: { max: 5 } } });
    const input = screen.getByLabelText(/件名/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe('5文字以内で入力してください。');
  });

  it('textarea: counts characters as people do', () => {
    show({ ...base, id: 'body', type: 'textarea', maxLength: 2000 });
    fireEvent.input(screen.getByLabelText(/件名/), { target: { value: '𠮷野家' } });
    expect(screen.getByText('3 / 2000 文字')).toBeTruthy();
  });

  it('number: numeric keypad, the unit beside it, full-width digits made ASCII on blur', () => {
    show({ ...base, id: 'count', type: 'number', min: 1, max: 10, unit: L('点') });
    const input = screen.getByLabelText(/件名/) as HTMLInputElement;
    expect(input.dataset.osk).toBe('numeric');
    expect(input.inputMode).toBe('numeric');
    expect(screen.getByText('点')).toBeTruthy();
    fireEvent.input(input, { target: { value: '３' } });
    fireEvent.blur(input);
    expect(seen.answers.count).toBe('3');
  });

  it('number: a small count has − and + buttons, kept within its range', () => {
    show({ ...base, id: 'count', type: 'number', min: 1, max: 3, unit: L('点') });
    const more = screen.getByRole('button', { name: '1つ増やす' });
    fireEvent.click(more);
    expect(seen.answers.count).toBe('1');
    fireEvent.click(more);
    fireEvent.click(more);
    fireEvent.click(more);
    expect(seen.answers.count).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: '1つ減らす' }));
    expect((screen.getByLabelText(/件名/) as HTMLInputElement).value).toBe('2');
    cleanup();
    show({ ...base, id: 'yen', type: 'number', min: 0, max: 100000 });
    expect(screen.queryByRole('button', { name: '1つ増やす' })).toBeNull();
  });

  it('choice: one answer as a radio group of cards; several as checkboxes', () => {
    const options = [{ value: 'a', label: L('あ') }, { value: 'b', label: L('い') }];
    show({ ...base, id: 'one', type: 'choice', multiple: false, options });
    expect(screen.getByRole('radiogroup', { name: /件名/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('い'));
    expect(seen.answers.one).toBe('b');
    cleanup();
    show({ ...base, id: 'many', type: 'choice', multiple: true, options });
    fireEvent.click(screen.getByLabelText('い'));
    fireEvent.click(screen.getByLabelText('あ'));
    expect(seen.answers.many).toEqual(['a', 'b']);
    fireEvent.click(screen.getByLabelText('い'));
    expect(seen.answers.many).toEqual(['a']);
  });

  it('date: the 和暦 beside the date; a button opens the calendar, never the browser’s picker', () => {
    show({ ...base, id: 'day', type: 'date' }, { initial: { day: '2019-05-01' } });
    expect(screen.getByText('和暦：令和元年5月1日')).toBeTruthy();
    expect(screen.getByRole('button', { name: /件名/ }).getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('input[type="date"]')).toBeNull();
  });

  it('time: the browser’s time input', () => {
    show({ ...base, id: 'at', type: 'time' });
    expect((screen.getByLabelText(/件名/) as HTMLInputElement).type).toBe('time');
  });

  it('person-name: 氏名 and フリガナ; hiragana becomes katakana on blur', () => {
    show({ ...base, id: 'name', type: 'person-name' });
    fireEvent.input(screen.getByLabelText('氏名'), { target: { value: '磐城 太郎' } });
    const kana = screen.getByLabelText('フリガナ');
    fireEvent.input(kana, { target: { value: 'いわき たろう' } });
    fireEvent.blur(kana);
    expect(seen.answers.name).toEqual({ name: '磐城 太郎', kana: 'イワキ タロウ' });
    expect((kana as HTMLInputElement).dataset.osk).toBe('kana');
  });

  it('person-name: a name typed in kana fills its own フリガナ, which stays the citizen’s to change', () => {
    show({ ...base, id: 'name', type: 'person-name' });
    const name = screen.getByLabelText('氏名');
    fireEvent.input(name, { target: { value: 'いわき' } });
    fireEvent.input(name, { target: { value: 'いわき　たろう' } });
    expect(seen.answers.name).toEqual({ name: 'いわき　たろう', kana: 'イワキ タロウ' });
    expect((screen.getByLabelText('フリガナ') as HTMLInputElement).value).toBe('イワキ タロウ');
    fireEvent.input(screen.getByLabelText('フリガナ'), { target: { value: 'イワキ タロー' } });
    fireEvent.input(name, { target: { value: 'いわき　たろうX' } });
    expect(seen.answers.name).toEqual({ name: 'いわき　たろうX', kana: 'イワキ タロー' });
  });

  it('the part of a name with the error is the one marked invalid', () => {
    show({ ...base, id: 'name', type: 'person-name' }, { error: { code: 'kana-required', part: 'kana' } });
    expect(screen.getByLabelText('フリガナ').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('氏名').getAttribute('aria-invalid')).toBeNull();
  });

  it('postal code: an Iwaki code fills an empty address and says so', async () => {
    show({ ...base, id: 'zip', type: 'postal-code', fills: 'address' });
    const input = screen.getByLabelText(/件名/) as HTMLInputElement;
    expect(input.dataset.osk).toBe('numeric');
    fireEvent.input(input, { target: { value: '970-8026' } });
    await waitFor(() => expect(seen.answers.address).toBe('福島県いわき市平'));
    expect(screen.getByRole('status').textContent).toContain('福島県いわき市平');
  });

  it('postal code: never overwrites an address someone typed', async () => {
    show({ ...base, id: 'zip', type: 'postal-code', fills: 'address' }, { initial: { address: '東京都千代田区' } });
    // Loaded first, so the lookup has really run (not merely not yet) when the address is read:
    // alone, the test once passed only because the postal table was still loading.
    const { lookupPostal } = await import('../../../lib/forms/postal');
    expect(lookupPostal('9708026')?.address).toBe('福島県いわき市平');
    fireEvent.input(screen.getByLabelText(/件名/), { target: { value: '9708026' } });
    await vi.dynamicImportSettled();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    expect(seen.answers.address).toBe('東京都千代田区');
  });

  it('address: kana keyboard, street-address autofill on phones, off on kiosks', () => {
    show({ ...base, id: 'address', type: 'address' });
    expect(screen.getByLabelText(/件名/).getAttribute('autocomplete')).toBe('street-address');
    cleanup();
    show({ ...base, id: 'address', type: 'address' }, { kiosk: true });
    expect(screen.getByLabelText(/件名/).getAttribute('autocomplete')).toBe('off');
  });

  it('phone: a tel keypad; ０９０ー… becomes 090-… on blur', () => {
    show({ ...base, id: 'tel', type: 'phone' });
    const input = screen.getByLabelText(/件名/) as HTMLInputElement;
    expect(input.inputMode).toBe('tel');
    fireEvent.input(input, { target: { value: '０９０ー１２３４ー５６７８' } });
    fireEvent.blur(input);
    expect(seen.answers.tel).toBe('090-1234-5678');
  });

  it('email: an email box on the alphabet keyboard', () => {
    show({ ...base, id: 'mail', type: 'email' });
    const input = screen.getByLabelText(/件名/) as HTMLInputElement;
    expect(input.type).toBe('email');
    expect(input.dataset.osk).toBe('alpha');
  });

  it('consent: the statement describes the "I agree" box', () => {
    show({ ...base, id: 'ok', type: 'consent', text: L('目的以外に使いません。') });
    const box = screen.getByLabelText('上記に同意する') as HTMLInputElement;
    expect(box.checked).toBe(false);
    const described = box.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('目的以外に使いません。');
    fireEvent.click(box);
    expect(seen.answers.ok).toBe(true);
  });

  it('file: a note instead of a file input on kiosks', () => {
    show({ ...base, id: 'photo', type: 'file', accept: ['image/jpeg'], maxBytes: 1000 }, { kiosk: true });
    expect(document.querySelector('input[type=file]')).toBeNull();
    expect(screen.getByText(/スマートフォンからのみ/)).toBeTruthy();
  });

  it('file: a file too large is refused before it is read', async () => {
    const reader = vi.spyOn(FileReader.prototype, 'readAsDataURL');
    show({ ...base, id: 'photo', type: 'file', accept: ['image/jpeg'], maxBytes: 1000 });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const big = new File([new Uint8Array(2000)], 'big.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [big] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getAllByText(/ファイルが大きすぎます/).length).toBeGreaterThan(0));
    expect(reader).not.toHaveBeenCalled();
    expect(seen.answers.photo).toBeUndefined();
    reader.mockRestore();
  });

  it('location: words anywhere; geolocation only on phones, and only when tapped', () => {
    const getCurrentPosition = vi.fn((ok: PositionCallback) => ok({ coords: { latitude: 37.05, longitude: 140.887 } } as GeolocationPosition));
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
    show({ ...base, id: 'where', type: 'location' });
    fireEvent.input(screen.getByLabelText('言葉で場所を説明する'), { target: { value: '学校の門の前' } });
    expect(seen.answers.where).toEqual({ description: '学校の門の前' });
    expect(getCurrentPosition).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '現在地を使う' }));
    expect(seen.answers.where).toEqual({ lat: 37.05, lng: 140.887 });
    cleanup();
    show({ ...base, id: 'where', type: 'location' }, { kiosk: true });
    expect(screen.queryByRole('button', { name: '現在地を使う' })).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { deleteBackward, insertText, isTextField, moveCaret, replaceBeforeCaret, textBeforeCaret, transformBeforeCaret } from './field-editing';
import { cycleDakuten } from './kana';

function field(value: string, caret = value.length, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = document.createElement('input');
  for (const [name, v] of Object.entries(attrs)) input.setAttribute(name, v);
  input.value = value;
  if (['text', 'tel'].includes(input.type)) input.setSelectionRange(caret, caret);
  document.body.append(input);
  return input;
}

describe('editing a field from the on-screen keyboard', () => {
  it('types at the caret and tells listeners with a bubbling input event', () => {
    const input = field('いき', 1);
    const onInput = vi.fn();
    document.body.addEventListener('input', onInput);
    insertText(input, 'わ');
    document.body.removeEventListener('input', onInput);
    expect(input.value).toBe('いわき');
    expect(input.selectionStart).toBe(2);
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('puts a chosen kanji word in place of the kana before the caret, keeping what follows', () => {
    const input = field('いわきおなはま1', 7);
    expect(textBeforeCaret(input)).toBe('いわきおなはま');
    expect(replaceBeforeCaret(input, 4, '小名浜')).toBe(true);
    expect(input.value).toBe('いわき小名浜1');
    expect(input.selectionStart).toBe(6);
    expect(replaceBeforeCaret(input, 9, '平')).toBe(false);
  });

  it('replaces a selection', () => {
    const input = field('いわき市');
    input.setSelectionRange(0, 3);
    insertText(input, 'ふくしま');
    expect(input.value).toBe('ふくしま市');
  });

  it('never goes past maxLength', () => {
    const input = field('123', 3, { maxlength: '4' });
    expect(insertText(input, '4')).toBe(true);
    expect(insertText(input, '5')).toBe(false);
    expect(input.value).toBe('1234');
  });

  it('deletes the character before the caret, not after', () => {
    const input = field('かきく', 2);
    deleteBackward(input);
    expect(input.value).toBe('かく');
    expect(input.selectionStart).toBe(1);
    input.setSelectionRange(0, 0);
    expect(deleteBackward(input)).toBe(false);
  });

  it('changes the kana before the caret with the ゛゜小 key', () => {
    const input = field('はし', 1);
    transformBeforeCaret(input, cycleDakuten);
    expect(input.value).toBe('ばし');
    transformBeforeCaret(input, cycleDakuten);
    expect(input.value).toBe('ぱし');
    expect(input.selectionStart).toBe(1);
  });

  it('moves the caret by one character and stops at the ends', () => {
    const input = field('abc', 1);
    moveCaret(input, -1);
    moveCaret(input, -1);
    expect(input.selectionStart).toBe(0);
    moveCaret(input, 1);
    expect(input.selectionStart).toBe(1);
  });

  it('types at the end of an e-mail field, which has no caret position to read', () => {
    const input = field('taro', 0, { type: 'email' });
    insertText(input, '@');
    expect(input.value).toBe('taro@');
    deleteBackward(input);
    expect(input.value).toBe('taro');
  });

  it('only serves fields a person types text into', () => {
    expect(isTextField(field('', 0, { type: 'tel' }))).toBe(true);
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(field('', 0, { type: 'checkbox' }))).toBe(false);
    expect(isTextField(field('', 0, { readonly: '' }))).toBe(false);
    expect(isTextField(document.createElement('button'))).toBe(false);
  });
});

/**
 * Editing a text field from outside, as a typist would: at the caret, within
 * maxLength, announcing each change with a bubbling `input` event so Preact's
 * onInput handlers (and controlled inputs) see it.
 */

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Input types a person types text into; the others (checkbox, date, …) are not ours. */
const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

export function isTextField(el: EventTarget | null): el is TextField {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return textInputTypes.has(el.type) && !el.readOnly && !el.disabled;
  return false;
}

interface Range { start: number; end: number; caretKnown: boolean }

/**
 * The selection, or the end of the value for types without one (email and number
 * fields report null and refuse setRangeText): the keyboard then edits at the end.
 */
function selection(field: TextField): Range {
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = field.selectionStart;
    end = field.selectionEnd;
  } catch {
    // Older engines throw instead of returning null for these types.
  }
  if (start === null || end === null) return { start: field.value.length, end: field.value.length, caretKnown: false };
  return { start, end, caretKnown: true };
}

function replace(field: TextField, text: string, range: Range, inputType: string): void {
  if (range.caretKnown) {
    field.setRangeText(text, range.start, range.end, 'end');
    // Set the caret explicitly too: some engines (happy-dom 21) misplace it after 'end'.
    const caret = range.start + text.length;
    field.setSelectionRange(caret, caret);
  } else {
    field.value = field.value.slice(0, range.start) + text + field.value.slice(range.end);
  }
  const init = { bubbles: true, inputType, data: text === '' ? null : text };
  field.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', init));
}

/** Types `text` over the selection; cuts it to what maxLength leaves room for. Returns whether anything changed. */
export function insertText(field: TextField, text: string): boolean {
  const range = selection(field);
  const max = field.maxLength;
  let fitted = text;
  if (max >= 0) {
    const room = max - (field.value.length - (range.end - range.start));
    fitted = [...text].reduce((acc, ch) => (acc.length + ch.length <= room ? acc + ch : acc), '');
  }
  if (fitted === '' && range.start === range.end) return false;
  replace(field, fitted, range, 'insertText');
  return fitted !== '';
}

/** Deletes the selection, or the one character before the caret. */
export function deleteBackward(field: TextField): boolean {
  const range = selection(field);
  if (range.start === range.end) {
    if (range.start === 0) return false;
    const before = field.value.slice(0, range.start);
    // A surrogate pair (e.g. an emoji pasted earlier) is one character to the user.
    const width = [...before].at(-1)?.length ?? 1;
    range.start -= width;
  }
  replace(field, '', range, 'deleteContentBackward');
  return true;
}

/** Replaces the character just before the caret with `transform(character)`. */
export function transformBeforeCaret(field: TextField, transform: (ch: string) => string): boolean {
  const range = selection(field);
  if (range.start !== range.end || range.start === 0) return false;
  const before = [...field.value.slice(0, range.start)].at(-1) ?? '';
  const after = transform(before);
  if (after === before) return false;
  replace(field, after, { ...range, start: range.start - before.length }, 'insertReplacementText');
  return true;
}

/** Moves the caret one character left (-1) or right (+1); a selection collapses to that side. */
export function moveCaret(field: TextField, direction: -1 | 1): void {
  const range = selection(field);
  if (!range.caretKnown) return;
  let position: number;
  if (range.start !== range.end) position = direction < 0 ? range.start : range.end;
  else position = Math.min(field.value.length, Math.max(0, range.start + direction));
  field.setSelectionRange(position, position);
}

/** Replaces the `count` characters just before the caret with `text` (a kana run with its kanji). */
export function replaceBeforeCaret(field: TextField, count: number, text: string): boolean {
  const range = selection(field);
  if (range.start !== range.end || !range.caretKnown) return false;
  const before = [...field.value.slice(0, range.start)];
  if (count < 1 || count > before.length) return false;
  const width = before.slice(-count).join('').length;
  replace(field, text, { ...range, start: range.start - width }, 'insertReplacementText');
  return true;
}

/** The text before the caret (nothing when the field cannot say where its caret is). */
export function textBeforeCaret(field: TextField): string {
  const range = selection(field);
  return range.caretKnown && range.start === range.end ? field.value.slice(0, range.start) : '';
}

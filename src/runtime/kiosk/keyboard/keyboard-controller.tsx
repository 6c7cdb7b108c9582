import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { LanguageCode } from '../../../i18n/languages';
import { chooseLayout } from './choose-layout';
import { isTextField, type TextField } from './field-editing';
import { keyboardStringsReady, loadKeyboardStrings } from './keyboard-i18n';
import type { LayoutId } from './layouts';
import { OnScreenKeyboard } from './on-screen-keyboard';
import { nextTabbableAfter, tabbables } from './tab-order';

/** Whether the on-screen keyboard is showing; other components may read it. */
export const keyboardOpen = signal(false);
const target = signal<TextField | null>(null);
const layout = signal<LayoutId>('kana');

/** How long after a touch ends its click may still come (ms); past it the keyboard closes anyway. */
const clickWait = 250;

/** Where a field's own inputmode is kept while the keyboard replaces it with "none". */
const savedModeAttribute = 'data-osk-saved-inputmode';

function open(field: TextField, language: LanguageCode): void {
  if (!field.hasAttribute(savedModeAttribute)) {
    field.setAttribute(savedModeAttribute, field.getAttribute('inputmode') ?? '');
    field.setAttribute('inputmode', 'none'); // no system keyboard on top of ours
  }
  if (target.value !== field || !keyboardOpen.value) {
    layout.value = chooseLayout({
      osk: field.dataset.osk,
      type: field instanceof HTMLInputElement ? field.type : 'textarea',
      inputMode: field.getAttribute(savedModeAttribute),
      autocomplete: field.getAttribute('autocomplete'),
    }, language);
  }
  target.value = field;
  keyboardOpen.value = true;
}

/** Hides the keyboard (e.g. at idle wipe). The field keeps whatever focus it had. */
export function closeKeyboard(): void {
  keyboardOpen.value = false;
  target.value = null;
}

/** Focus going back to the field after 完了 or Escape: that focus must not reopen the keyboard. */
let returning: TextField | null = null;

/** Closes the keyboard; a keyboard user whose focus was on a key lands back on the field. */
function backToField(keyboardRoot: HTMLElement | null): void {
  const field = target.value;
  closeKeyboard();
  if (field && keyboardRoot?.contains(document.activeElement)) {
    returning = field;
    field.focus();
  }
}

function restoreInputModes(): void {
  for (const field of document.querySelectorAll(`[${savedModeAttribute}]`)) {
    const saved = field.getAttribute(savedModeAttribute);
    if (saved) field.setAttribute('inputmode', saved);
    else field.removeAttribute('inputmode');
    field.removeAttribute(savedModeAttribute);
  }
}

/**
 * Watches focus across the document while enabled: a text field that takes focus
 * opens the keyboard; focus moving to anything else outside the keyboard closes it.
 * Returns the function that stops watching.
 */
function watchFocus(language: LanguageCode, keyboardRoot: () => HTMLElement | null): () => void {
  const inKeyboard = (node: unknown) => node instanceof Node && Boolean(keyboardRoot()?.contains(node));

  // Closing removes the body's keyboard inset and can scroll the page. During a touch that
  // would move the page under the finger between press and release, and the tap would land
  // on something else (a radio below a text area): close once the touch has ended.
  let pressed = false;
  let closeAfterTouch = false;
  const closeUnlessTyping = () => {
    const active = document.activeElement;
    if (!isTextField(active) && !inKeyboard(active)) closeKeyboard();
  };
  // A finger's click comes as a task of its own after the release (a mouse's at once), so a
  // close queued at release could run first and pull the button away from the click: close
  // once the click has been handled, or after a short wait when the touch makes no click.
  let pendingClose: ReturnType<typeof setTimeout> | undefined;
  const closeSoon = (delay: number) => {
    clearTimeout(pendingClose);
    pendingClose = setTimeout(() => { pendingClose = undefined; closeUnlessTyping(); }, delay);
  };
  // A finger's tap also gives focus only after its release, with the click: focus that comes
  // that soon after a release belongs to the tap, and waits for its click the same way.
  let releasedAt = Number.NEGATIVE_INFINITY;
  const tapJustEnded = () => performance.now() - releasedAt < clickWait;
  const onPointerUp = () => {
    pressed = false;
    releasedAt = performance.now();
    if (!closeAfterTouch) return;
    closeAfterTouch = false;
    closeSoon(clickWait);
  };
  const onClick = () => {
    if (pendingClose !== undefined) closeSoon(0);
  };

  const onFocusIn = (e: FocusEvent) => {
    if (inKeyboard(e.target)) return;
    if (isTextField(e.target)) {
      if (e.target === returning) returning = null;
      else open(e.target, language);
    } else if (pressed) {
      closeAfterTouch = true;
    } else if (tapJustEnded()) {
      closeSoon(clickWait);
    } else {
      closeKeyboard();
    }
  };
  const onFocusOut = (e: FocusEvent) => {
    if (e.relatedTarget) return; // focusin on the next element decides
    // Focus went nowhere (a tap on the page background, the field removed).
    if (pressed) closeAfterTouch = true;
    else if (tapJustEnded()) closeSoon(clickWait);
    else setTimeout(closeUnlessTyping, 0);
  };
  // After 完了, touching the still-focused field brings the keyboard back.
  const onPointerDown = (e: PointerEvent) => {
    pressed = true;
    if (!keyboardOpen.value && isTextField(e.target) && e.target === document.activeElement) open(e.target, language);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const field = target.value;
    if (!keyboardOpen.value || !field) return;
    if (e.key === 'Escape') {
      backToField(keyboardRoot());
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    // To Tab, the keyboard sits right after its field.
    const root = keyboardRoot();
    const stops = root ? tabbables(root) : [];
    let next: HTMLElement | undefined;
    if (e.target === field && !e.shiftKey) next = stops[0];
    else if (e.target === stops[0] && e.shiftKey) next = field;
    else if (e.target === stops.at(-1) && !e.shiftKey && root) next = nextTabbableAfter(field, root);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('pointerup', onPointerUp, true);
  document.addEventListener('pointercancel', onPointerUp, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKeyDown, true);
  if (isTextField(document.activeElement)) open(document.activeElement, language);
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', onFocusOut);
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('pointerup', onPointerUp, true);
    document.removeEventListener('pointercancel', onPointerUp, true);
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKeyDown, true);
    clearTimeout(pendingClose);
    closeKeyboard();
    restoreInputModes();
  };
}

export interface KeyboardHostProps {
  /** True on kiosks (touchscreen, no keyboard); phones keep their system keyboard. */
  enabled: boolean;
  /** The UI language: picks the default keyboard (kana for ja / ja-easy) and the labels. */
  language: LanguageCode;
}

/** Mount once, at the end of the app shell: shows the keyboard for whichever text field has focus. */
export function KeyboardHost({ enabled, language }: KeyboardHostProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (enabled) void loadKeyboardStrings(language);
  }, [enabled, language]);
  useEffect(() => (enabled ? watchFocus(language, () => root.current) : undefined), [enabled, language]);

  const field = target.value;
  const show = enabled && keyboardOpen.value && field !== null && keyboardStringsReady(language);
  return (
    <div ref={root} class="osk-host">
      {show && (
        <OnScreenKeyboard
          target={field}
          layout={layout.value}
          language={language}
          onLayoutChange={(id) => { layout.value = id; }}
          onClose={() => backToField(root.current)}
        />
      )}
    </div>
  );
}

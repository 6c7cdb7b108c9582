import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { TextField } from './field-editing';

/**
 * While the keyboard is shown, <body> gets `data-keyboard-open` and
 * `--mdg-keyboard-height` (its height), and on-screen-keyboard.css pads the body by
 * that much, so the page can scroll the field above the keyboard; then we do.
 */
export function useBodyInset(ref: RefObject<HTMLElement | null>, target: TextField): void {
  useLayoutEffect(() => {
    const keyboard = ref.current;
    if (!keyboard) return;
    const body = document.body;
    const apply = () => {
      body.style.setProperty('--mdg-keyboard-height', `${keyboard.offsetHeight}px`);
      revealAbove(target, keyboard);
    };
    body.setAttribute('data-keyboard-open', '');
    apply();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : undefined;
    observer?.observe(keyboard);
    return () => {
      observer?.disconnect();
      body.removeAttribute('data-keyboard-open');
      body.style.removeProperty('--mdg-keyboard-height');
    };
  }, [ref, target]);
}

/** Scrolls the page just enough that the field's bottom edge clears the keyboard. */
function revealAbove(field: HTMLElement, keyboard: HTMLElement): void {
  const keyboardBox = keyboard.getBoundingClientRect();
  if (keyboardBox.height === 0) return; // not laid out (hidden, or a test DOM)
  const margin = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const overlap = field.getBoundingClientRect().bottom + margin - keyboardBox.top;
  if (overlap > 0) window.scrollBy({ top: overlap, behavior: 'auto' });
}

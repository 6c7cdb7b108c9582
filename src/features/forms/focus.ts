/**
 * Moves focus into a field: the part marked invalid (フリガナ rather than 氏名),
 * else its first control. Scrolls it to the middle so the label above stays in view.
 */
export function focusField(wrapper: Element | null): void {
  if (!wrapper) return;
  const target =
    wrapper.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]') ??
    // A calendar shown inline (kiosk): its day that takes focus, not the month buttons above it.
    wrapper.querySelector<HTMLElement>('[role="grid"] button[tabindex="0"]') ??
    wrapper.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus({ preventScroll: true });
  (target ?? wrapper).scrollIntoView?.({ block: 'center' });
}

/** The first field showing an error, in page order. */
export function focusFirstInvalid(root: Element | null): void {
  focusField(root?.querySelector('.field--invalid') ?? null);
}

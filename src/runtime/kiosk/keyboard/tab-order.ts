/**
 * The keyboard sits at the end of the document, but to a keyboard user it belongs
 * right after the field it types into, like a popup. These helpers find the
 * neighbours that Tab and Shift+Tab should reach.
 */
const focusable = [
  'a[href]', 'button:not([disabled])', 'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])', 'textarea:not([disabled])', '[tabindex]',
].join(',');

export function tabbables(within: ParentNode): HTMLElement[] {
  return [...within.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]'));
}

/** The first element after `field` in the page's Tab order, outside `exclude`. */
export function nextTabbableAfter(field: HTMLElement, exclude: Element): HTMLElement | undefined {
  const page = tabbables(document).filter((el) => !exclude.contains(el));
  const at = page.indexOf(field);
  return at < 0 ? undefined : page[at + 1];
}

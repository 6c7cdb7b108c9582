/** Scrolls an element to the top of the screen, below the sticky header (whose height grows with the text size). */
export function scrollBelowHeader(element: HTMLElement | null): void {
  if (!element) return;
  const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
  window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - header - 8 });
}

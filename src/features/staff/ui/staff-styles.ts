import css from '../staff.css?inline';

let adopted = false;

/**
 * The console's styles travel inside its JS chunk and are adopted as a constructed
 * stylesheet: a CSS file next to the chunk would be named `staff-app-*.css`, which the
 * service worker's precache (it skips only `staff-*.js`) would push onto every kiosk.
 * Constructed sheets are not inline styles, so the strict CSP (style-src 'self') allows them.
 */
export function adoptStaffStyles(): void {
  if (adopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}

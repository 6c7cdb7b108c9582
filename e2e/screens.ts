/** Every screen of the app, with how to recognise it has rendered. Grows with each feature. */
export interface ScreenCase {
  path: string;
  /** A selector that exists once the screen has rendered (content screens: once the pack is read). */
  ready: string;
}

export const screens: readonly ScreenCase[] = [
  { path: '/', ready: '.home__tiles' },
  { path: '/attract', ready: '.attract__start' },
  { path: '/language', ready: '.language-list' },
  { path: '/settings', ready: 'main .display-controls' },
  { path: '/guides', ready: '.guide-link' },
  { path: '/guides/tsunami-evacuation', ready: '.guide__body' },
  { path: '/guides/waste-collection-days', ready: '.guide__body table' },
  { path: '/faq', ready: '.faq__item' },
  { path: '/ordinances', ready: '.guide-link' },
  { path: '/ordinances/library-ordinance', ready: '.ordinance__article' },
  { path: '/facilities', ready: '.facility-card' },
  { path: '/facilities/onahama-shisho', ready: '.facility-detail' },
  { path: '/events', ready: 'main h1' },
  { path: '/search?q=ひなんじょ', ready: '.search-hit' },
  { path: '/no-such-page', ready: 'main h1' },
  { path: '/forms', ready: '.form-link' },
  { path: '/library', ready: '.library-search' },
  { path: '/f/opinion', ready: '.runner .field' },
  { path: '/disaster', ready: '.hazard-picker' },
  { path: '/disaster?hazard=tsunami', ready: '.site-card' },
  { path: '/disaster/sites/07204400027?hazard=tsunami', ready: '.site-print' },
  { path: '/disaster/medical', ready: '.place-card' },
  { path: '/scan', ready: '.scan__controls' },
];

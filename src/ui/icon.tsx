/**
 * Pictograms for the home tiles and controls: simple, bold shapes that read at a
 * glance (in the spirit of JIS Z 8210). Decorative: the text next to each carries
 * the meaning, so they are hidden from screen readers.
 */
const paths = {
  guides: 'M6 4h9l5 5v11a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm8 1.5V10h4.5M8 13h8M8 16.5h8M8 9.5h4',
  disaster: 'M12 3 2.5 20h19zM12 9v5.5M12 17.2v.3',
  facilities: 'M3 21h18M5 21V8l7-4 7 4v13M9 21v-5h6v5M9 10.5h.01M12 10.5h.01M15 10.5h.01',
  forms: 'M7 3h10a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM9 8h6M9 12h6M9 16h3m2.5 0 1 1 2-2.5',
  scan: 'M4 9V5a1 1 0 0 1 1-1h4M15 4h4a1 1 0 0 1 1 1v4M20 15v4a1 1 0 0 1-1 1h-4M9 20H5a1 1 0 0 1-1-1v-4M8 8h3v3H8zM13 13h3v3h-3zM13 8h3v3M8 13v3h3',
  language: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9M12 3C9.5 5.6 8.2 8.6 8.2 12s1.3 6.4 3.8 9',
  display: 'M3 18 7.5 6h1L13 18M4.6 14h6.8M15 18l3-8 3 8M16 15.5h4',
  home: 'M3 11 12 4l9 7M5.5 9.5V20h5v-5h3v5h5V9.5',
  settings: 'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM19.4 13.5l1.6 1.2-2 3.4-1.9-.7a7 7 0 0 1-2 1.2L14.8 21h-4l-.3-2.4a7 7 0 0 1-2-1.2l-1.9.7-2-3.4 1.6-1.2a7 7 0 0 1 0-3L4.6 9.3l2-3.4 1.9.7a7 7 0 0 1 2-1.2L10.8 3h4l.3 2.4a7 7 0 0 1 2 1.2l1.9-.7 2 3.4-1.6 1.2a7 7 0 0 1 0 3z',
  close: 'M6 6l12 12M18 6 6 18',
  back: 'M15 5l-7 7 7 7',
  check: 'M5 12.5 10 17.5 19 7',
  offline: 'M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 4-2.6M19 12.9a10 10 0 0 0-2.6-1.9M2 9a14 14 0 0 1 4.4-2.9M22 9A14 14 0 0 0 11 5.1M12 20h.01',
} as const;

export type IconName = keyof typeof paths;

/**
 * Without a size the icon is as tall as the text around it (1.25em, see base.css), so it
 * grows with the chosen text size; 24 px is only the size before the styles load.
 */
export function Icon({ name, size }: { name: IconName; size?: number | string }) {
  return (
    <svg
      class={size === undefined ? 'icon icon--text' : 'icon'}
      width={size ?? 24}
      height={size ?? 24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}

/**
 * Pictograms the console needs beyond the app's set (src/ui/icon.tsx). Decorative: a word
 * always stands next to each, so state is never told by shape or colour alone.
 */
const paths = {
  warning: 'M12 3 2.5 20h19zM12 9v5.5M12 17.2v.3',
  ok: 'M5 12.5 10 17.5 19 7',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
  blocked: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM5.6 5.6l12.8 12.8',
  key: 'M14.5 4a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM10.6 13.4 3 21M6 18l2.5 2.5M3.5 20.5 5 22',
  download: 'M12 4v11M7 10.5l5 5 5-5M5 20h14',
  behind: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 16V8M8.5 11.5 12 8l3.5 3.5',
} as const;

export type StaffIconName = keyof typeof paths;

export function StaffIcon({ name }: { name: StaffIconName }) {
  return (
    <svg class="staff-icon" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor"
      stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}

/**
 * Map names must not sit on each other or on the numbered sites: that is what makes a map
 * unreadable at large text. After each move or zoom, names are placed greedily in priority
 * order (町 first, then rivers, railways, roads) and any name that would overlap a site,
 * "you are here" or a name already placed is hidden until the next move.
 */
export interface Box { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

const inside = (a: Box, frame: Box) => a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom;

/**
 * Which of `boxes` (in priority order) can be shown whole inside `frame` without touching an
 * obstacle or a box shown before it. A name cut by the map's edge ("ara River") is hidden:
 * panning brings it, or its next repetition, back whole.
 */
export function visibleBoxes(boxes: readonly Box[], obstacles: readonly Box[], frame?: Box, gap = 2): boolean[] {
  const placed: Box[] = [...obstacles];
  return boxes.map((box) => {
    if ((frame && !inside(box, frame)) || placed.some((p) => overlaps(box, p, gap))) return false;
    placed.push(box);
    return true;
  });
}

const priority = ['map-label--town', 'map-label--river', 'map-label--railway', 'map-label--expressway', 'map-label--road'];
const rank = (label: Element) => {
  const i = priority.findIndex((c) => label.firstElementChild?.classList.contains(c));
  return i < 0 ? priority.length : i;
};

/** Hides the names that would collide, in the map's container (the DOM half of the above). */
export function declutterLabels(container: HTMLElement): void {
  const anchors = [...container.querySelectorAll<HTMLElement>('.map-label-anchor')];
  for (const a of anchors) a.classList.remove('map-label-anchor--hidden');
  // Names hidden by zoom (basemap.css) have no box; everything else is measured once.
  const shown = anchors.filter((a) => a.firstElementChild && a.firstElementChild.getClientRects().length > 0).sort((a, b) => rank(a) - rank(b));
  const obstacles = [...container.querySelectorAll('.site-marker--nearest svg, .here-marker svg, .here-marker__label, .site-marker__status')].map((e) => e.getBoundingClientRect());
  const visible = visibleBoxes(shown.map((a) => a.firstElementChild!.getBoundingClientRect()), obstacles, container.getBoundingClientRect());
  shown.forEach((a, i) => { if (!visible[i]) a.classList.add('map-label-anchor--hidden'); });
}

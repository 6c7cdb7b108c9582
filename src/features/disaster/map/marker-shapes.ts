/**
 * The map's marker shapes, shared by the Leaflet markers (as SVG strings for L.divIcon)
 * and the legend (as JSX), so the legend always shows exactly what the map draws.
 * Shape carries the meaning as much as colour: a house for a usable site, a small
 * cross for one that must not be used in this hazard, a ringed dot for "you are here".
 * No style attributes anywhere: colours come from classes in map.css (strict CSP).
 */
export const suitableShape = { width: 36, height: 40, d: 'M18 2 34 16v22H2V16z' } as const;
export const unsuitableShape = { width: 18, height: 18, d: 'M4 4l10 10M14 4 4 14' } as const;
export const hereShape = { width: 30, height: 30 } as const;

const svgOpen = (w: number, h: number) => `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false">`;

/** A house, with the site's rank in the list when it is one of the nearest. */
export function suitableSvg(rank: number | undefined): string {
  const { width, height, d } = suitableShape;
  const label = rank === undefined ? '' : `<text x="18" y="32" text-anchor="middle" class="site-marker__rank">${Math.trunc(rank)}</text>`;
  return `${svgOpen(width, height)}<path class="site-marker__house" d="${d}"/>${label}</svg>`;
}

export function unsuitableSvg(): string {
  const { width, height, d } = unsuitableShape;
  return `${svgOpen(width, height)}<path class="site-marker__cross" d="${d}"/></svg>`;
}

export function hereSvg(): string {
  const { width, height } = hereShape;
  return `${svgOpen(width, height)}<circle class="here-marker__ring" cx="15" cy="15" r="12"/><circle class="here-marker__dot" cx="15" cy="15" r="5"/></svg>`;
}

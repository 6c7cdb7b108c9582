import type { Direction } from '../../../lib/geo';

export interface SketchLabels { here: string; site: string; north: string; distance: string; title: string }

type Anchor = 'start' | 'middle' | 'end';
/** Text that grows in the direction of `v` (a unit-vector x component), so it leaves the line. */
const away = (v: number): Anchor => (v > 0.3 ? 'start' : v < -0.3 ? 'end' : 'middle');

/** Rough width of a label in sketch units (13-unit font): wide for kana/kanji, narrow for Latin. */
const textWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 13 : 7), 0);

/** Where the marker and the three labels go so they never sit on the line or on each other. */
export function sketchLayout(direction: Pick<Direction, 'bearing' | 'meters'>, siteName: string) {
  const rad = (direction.bearing * Math.PI) / 180;
  const [dx, dy] = [Math.sin(rad), -Math.cos(rad)];
  // Far sites sit on the outer ring, near ones closer in, so the sketch hints at distance.
  const r = direction.meters < 500 ? 42 : direction.meters < 2000 ? 58 : 72;
  const site = { x: Math.round(dx * r) + 0, y: Math.round(dy * r) + 0 }; // + 0: no -0
  // The site's name goes under (or over) its marker, centred but kept inside the frame.
  const half = Math.min(95, textWidth(siteName) / 2);
  return {
    site,
    // "Here" is labelled on the side away from the site.
    hereLabel: { x: Math.round(-dx * 20), y: Math.round(-dy * 20) + 5, anchor: away(-dx) },
    siteLabel: { x: Math.round(Math.max(-96 + half, Math.min(96 - half, site.x))), y: site.y + (dy > 0.3 ? 28 : -14), anchor: 'middle' as const },
    // The distance sits beside the middle of the line, off to one side (the perpendicular (dy, -dx)).
    distanceLabel: { x: Math.round(site.x / 2 + dy * 12), y: Math.round(site.y / 2 - dx * 12) + 4, anchor: away(dy) },
  };
}

/**
 * A small static sketch for the printout: "here" in the middle, the site along its
 * bearing, north up. Not to scale (the caption says so): on paper, direction and the
 * written distance matter more than an exact map, and it needs no tiles.
 */
export function PositionSketch({ direction, labels }: { direction: Direction; labels: SketchLabels }) {
  const { site, hereLabel, siteLabel, distanceLabel } = sketchLayout(direction, labels.site);
  return (
    <figure class="position-sketch">
      <svg viewBox="-100 -100 200 200" width="200" height="200" role="img" aria-label={labels.title}>
        <rect x="-99" y="-99" width="198" height="198" fill="none" stroke="currentColor" stroke-width="1" />
        <path d="M-84-70v-22l-6 8m6-8 6 8" fill="none" stroke="currentColor" stroke-width="2.5" />
        <text x="-84" y="-56" text-anchor="middle" font-size="14" font-weight="700" fill="currentColor">{labels.north}</text>
        <line x1="0" y1="0" x2={site.x} y2={site.y} stroke="currentColor" stroke-width="2.5" stroke-dasharray="6 4" />
        <circle r="7" fill="none" stroke="currentColor" stroke-width="3" />
        <circle r="2.5" fill="currentColor" />
        <text x={hereLabel.x} y={hereLabel.y} text-anchor={hereLabel.anchor} font-size="13" fill="currentColor">{labels.here}</text>
        <path transform={`translate(${site.x} ${site.y + 6})`} d="M0-12 10-3v11H-10V-3z" fill="currentColor" />
        <text x={siteLabel.x} y={siteLabel.y} text-anchor={siteLabel.anchor} font-size="13" font-weight="700" fill="currentColor">{labels.site}</text>
        <text x={distanceLabel.x} y={distanceLabel.y} text-anchor={distanceLabel.anchor} font-size="12" fill="currentColor">{labels.distance}</text>
      </svg>
      <figcaption>{labels.title}</figcaption>
    </figure>
  );
}

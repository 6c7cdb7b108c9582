import type { Direction } from '../../../lib/geo';
import { distanceFont, nameFont, sketchLayout } from './sketch-layout';

export interface SketchLabels { here: string; site: string; north: string; distance: string; title: string }

/**
 * A small static sketch for the printout: "here" in the middle, the site along its
 * bearing, north up. Not to scale (the caption says so): on paper, direction and the
 * written distance matter more than an exact map, and it needs no tiles.
 */
export function PositionSketch({ direction, labels }: { direction: Direction; labels: SketchLabels }) {
  const { site, hereLabel, siteLabel, north } = sketchLayout(direction, { site: labels.site, distance: labels.distance, here: labels.here });
  return (
    <figure class="position-sketch">
      <svg viewBox="-100 -100 200 200" width="200" height="200" role="img" aria-label={labels.title}>
        <rect x="-99" y="-99" width="198" height="198" fill="none" stroke="currentColor" stroke-width="1" />
        <g transform={`translate(${north.x} ${north.y})`}>
          <path d="M0 3v-22l-6 8m6-8 6 8" fill="none" stroke="currentColor" stroke-width="2.5" />
          <text y="17" text-anchor="middle" font-size="14" font-weight="700" fill="currentColor">{labels.north}</text>
        </g>
        <line x1="0" y1="0" x2={site.x} y2={site.y} stroke="currentColor" stroke-width="2.5" stroke-dasharray="6 4" />
        <circle r="7" fill="none" stroke="currentColor" stroke-width="3" />
        <circle r="2.5" fill="currentColor" />
        <text x={hereLabel.x} y={hereLabel.y} text-anchor="middle" font-size={nameFont} fill="currentColor">{labels.here}</text>
        <path transform={`translate(${site.x} ${site.y + 6})`} d="M0-12 10-3v11H-10V-3z" fill="currentColor" />
        <text class="position-sketch__site" text-anchor="middle" fill="currentColor">
          <tspan x={siteLabel.x} y={siteLabel.nameY} font-size={nameFont} font-weight="700">{labels.site}</tspan>
          <tspan x={siteLabel.x} y={siteLabel.distanceY} font-size={distanceFont}>{labels.distance}</tspan>
        </text>
      </svg>
      <figcaption>{labels.title}</figcaption>
    </figure>
  );
}

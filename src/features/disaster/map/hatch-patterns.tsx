import type { HazardAreaLevel } from '../../../lib/geo';

/**
 * Fill patterns for hazard-area classes. Each class differs in pattern (dots, single
 * hatch, cross-hatch, dense cross-hatch; lines for landslide areas), not only in colour,
 * so the classes stay apart in high contrast, in print and for colour-blind readers.
 * Colours come from map.css. Map polygons and legend swatches reference the same ids.
 */
const ink: Record<HazardAreaLevel, string> = {
  'lt0.5': 'M5 4.2a.8.8 0 1 1 0 1.6.8.8 0 0 1 0-1.6z',
  '0.5-3': 'M-1 11 11-1M-6 6 6-6M4 16 16 4',
  '3-5': 'M-1 11 11-1M-6 6 6-6M4 16 16 4M-1-1l12 12M4-6l12 12M-6 4 6 16',
  ge5: 'M-1 6 6-1M-1 11 11-1M4 11l7-7M-1 4l7 7M-1-1l12 12M4-1l7 7',
  warning: 'M0 2.5h10M0 7.5h10',
  'special-warning': 'M0 2.5h10M0 7.5h10M2.5 0v10M7.5 0v10',
};

/** An id and a class suffix without the dot of "lt0.5" (not valid unescaped in a CSS selector). */
export function levelKey(level: string): string {
  return level.replace(/[^a-z0-9-]/gi, '_');
}
export const hatchId = (level: string) => `mdg-hatch-${levelKey(level)}`;

export function HatchDefs() {
  return (
    <svg class="hatch-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {(Object.keys(ink) as HazardAreaLevel[]).map((level) => (
          <pattern key={level} id={hatchId(level)} class={`hatch hatch--${levelKey(level)}`} patternUnits="userSpaceOnUse" width="10" height="10">
            <rect class="hatch__bg" width="10" height="10" />
            <path class="hatch__ink" d={ink[level]} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A legend swatch: the same pattern as the map, with a border. */
export function HatchSwatch({ level }: { level: string }) {
  return (
    <svg class="legend-swatch" width="40" height="28" viewBox="0 0 40 28" aria-hidden="true" focusable="false">
      <rect class={`legend-swatch__area disaster-map__area--${levelKey(level)}`} x="1" y="1" width="38" height="26" fill={`url(#${hatchId(level)})`} />
    </svg>
  );
}

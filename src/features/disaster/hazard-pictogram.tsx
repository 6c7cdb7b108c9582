import type { Hazard } from '../../lib/content/pack-types';

/**
 * Pictograms for the eight hazards, in the spirit of JIS Z 8210 (災害種別避難誘導標識):
 * bold, simple silhouettes on a 48-unit grid that read at arm's length. Decorative:
 * the hazard's name is always written next to them.
 */
const shapes: Record<Hazard, { fill?: string; stroke?: string }> = {
  // A house with water up to its eaves.
  flood: { fill: 'M12 31v-8l12-11 12 11v8z', stroke: 'M3 37c4-3 7-3 11 0s7 3 11 0 7-3 11 0 7 3 9 1M3 44c4-3 7-3 11 0s7 3 11 0 7-3 11 0 7 3 9 1' },
  // A slope shedding rocks onto a house below.
  landslide: { fill: 'M2 44V8l26 36zM30 21a4 4 0 1 1 0 .1zM37 31a3.5 3.5 0 1 1 0 .1zM33 40h13v4H33z', stroke: 'M23 12l6 5M29 25l5 4' },
  // The sea rising over a sea wall.
  'storm-surge': { fill: 'M30 26h6v18h-6z', stroke: 'M2 22c4-4 8-4 12 0s8 4 12 0 8-4 12 0M2 31c4-4 8-4 12 0s8 4 12 0M2 40h26M38 40h8' },
  // A house on cracked, shaking ground.
  earthquake: { fill: 'M13 22 23 13l10 9v13H13z', stroke: 'M2 40h16l3-4 4 7 3-5 3 2h15M6 16l-3 5 3 5M42 16l3 5-3 5' },
  // A breaking wave curling over.
  tsunami: { fill: 'M3 44C3 24 15 8 31 8c9 0 15 5 15 12 0 5-4 8-8 7-4-1-5-5-2-8-6-2-13 2-16 9-3 8-1 14 6 16z' },
  // A large flame over rooftops.
  'large-fire': { fill: 'M24 3c3 9 13 14 12 26-1 7-6 11-12 11s-11-4-12-10c-1-8 5-11 5-18 4 3 5 7 6 10 3-6 0-13 1-19zM2 38h8v6H2zM38 38h8v6h-8z' },
  // Rain on a street with water pooling at a drain.
  'inland-flooding': { fill: 'M8 38h32v6H8z', stroke: 'M10 4l-3 7M20 4l-3 7M30 4l-3 7M40 4l-3 7M4 30c4-3 8-3 12 0s8 3 12 0 8-3 12 0 6 2 6 2M16 41h2M23 41h2M30 41h2' },
  // A mountain erupting.
  volcano: { fill: 'M2 44 17 20h14l15 24zM20 12a4 4 0 1 1 .1 0zM28 9a5 5 0 1 1 .1 0z', stroke: 'M14 12l-5-4M34 14l6-4' },
};

export function HazardPictogram({ hazard, size = '100%' }: { hazard: Hazard; size?: string | number }) {
  const shape = shapes[hazard];
  return (
    <svg class="hazard-pictogram" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      {shape.fill && <path d={shape.fill} fill="currentColor" />}
      {shape.stroke && <path d={shape.stroke} fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round" />}
    </svg>
  );
}

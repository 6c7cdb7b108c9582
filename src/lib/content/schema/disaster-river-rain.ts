import * as v from 'valibot';
import { id, text } from './common';

export const riverRainLevels = ['normal', 'caution', 'warning', 'danger'] as const;
export type RiverRainLevel = (typeof riverRainLevels)[number];

/** ISO 8601 date-time with an explicit offset: a time without a zone is ambiguous on a server in UTC. */
export const isoDateTime = v.pipe(
  v.string(),
  v.check(
    (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)),
    'expected a date-time with its offset, such as 2026-11-25T06:00:00+09:00',
  ),
);

const thresholds = v.pipe(
  v.strictObject({ caution: v.number(), warning: v.number(), danger: v.number() }),
  v.check((t) => t.caution <= t.warning && t.warning <= t.danger, 'expected thresholds with caution ≤ warning ≤ danger'),
);

/** The level a value reaches: the highest threshold at or below it, else normal. */
export function levelFor(value: number, t: { caution: number; warning: number; danger: number }): RiverRainLevel {
  if (value >= t.danger) return 'danger';
  if (value >= t.warning) return 'warning';
  if (value >= t.caution) return 'caution';
  return 'normal';
}

const station = v.pipe(
  v.strictObject({
    id,
    name: text,
    kind: v.picklist(['river', 'rain']),
    value: v.number(),
    unit: text,
    level: v.picklist(riverRainLevels),
    /** River: はん濫注意水位 / 避難判断水位 / はん濫危険水位 (m); rain: mm/h. Checked against `level`, not shipped. */
    thresholds: v.optional(thresholds),
  }),
  // A level that disagrees with its own thresholds is a publishing mistake; showing
  // "normal" at a value past the danger line is the one that hurts.
  v.forward(
    v.check((s) => !s.thresholds || levelFor(s.value, s.thresholds) === s.level, 'expected the level that the value reaches by the thresholds'),
    ['level'],
  ),
);

/** content/disaster/river-rain.json: last-known river levels and rainfall, shipped with the pack. */
export const riverRainFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  observedAt: isoDateTime,
  stations: v.array(station),
});

export type RiverRainFile = v.InferOutput<typeof riverRainFileSchema>;

import type { LanguageCode } from '../../../contract/languages';
import { haversineMeters } from './distance';

/** What a map label says: the name in the reader's language, and the Japanese name beside it when that differs. */
export interface FeatureLabel {
  text: string;
  /** True when `text` itself is the Japanese name (lang="ja" for speech and font). */
  textIsJapanese: boolean;
  /** The Japanese name, shown smaller beside a translated or romanised one: it is what the signs say. */
  japanese?: string;
}

/**
 * The label of a map feature for a reader of `language` (properties `name` and `names`, see
 * map-layer-schema.ts). Japanese readers get the Japanese name; everyone else gets their own
 * language's name, else the English (romanised) one, with the Japanese beside it.
 */
export function featureLabel(properties: unknown, language: LanguageCode): FeatureLabel | undefined {
  const p = (properties ?? {}) as { name?: unknown; names?: Record<string, unknown> };
  const name = typeof p.name === 'string' && p.name.trim() !== '' ? p.name : undefined;
  if (language === 'ja' || language === 'ja-easy') return name ? { text: name, textIsJapanese: true } : undefined;
  const own = p.names?.[language] ?? p.names?.en;
  const translated = typeof own === 'string' && own.trim() !== '' ? own : undefined;
  if (!translated) return name ? { text: name, textIsJapanese: true } : undefined;
  return name && name !== translated ? { text: translated, textIsJapanese: false, japanese: name } : { text: translated, textIsJapanese: false };
}

type Position = readonly number[];

/**
 * Where to put the labels of a line: one every `spacingMeters` along it, the first half a
 * spacing from its start, so a river stays named wherever the map is panned; a line shorter
 * than one spacing gets one label at its middle. Returned as [lng, lat] positions on the line.
 */
export function labelPositions(line: readonly Position[], spacingMeters: number): Array<[number, number]> {
  if (line.length === 0) return [];
  const at = (p: Position) => ({ lng: p[0]!, lat: p[1]! });
  const lengths = line.slice(1).map((p, i) => haversineMeters(at(line[i]!), at(p)));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total === 0) return [[line[0]![0]!, line[0]![1]!]];
  const count = Math.max(1, Math.floor(total / spacingMeters));
  // Spread evenly: the labels sit at the middles of `count` equal stretches.
  const targets = Array.from({ length: count }, (_, i) => ((i + 0.5) * total) / count);
  const positions: Array<[number, number]> = [];
  let walked = 0;
  let segment = 0;
  for (const target of targets) {
    while (segment < lengths.length - 1 && walked + lengths[segment]! < target) walked += lengths[segment++]!;
    const a = line[segment]!, b = line[segment + 1]!;
    const t = lengths[segment]! === 0 ? 0 : (target - walked) / lengths[segment]!;
    positions.push([a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)]);
  }
  return positions;
}

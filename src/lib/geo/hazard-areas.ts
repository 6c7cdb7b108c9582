import { hazards, type Hazard } from '../content/pack-types';
import type { GeoJsonIssue } from './geojson';

/**
 * Hazard-area polygons (map/hazard-areas.json): what their properties must say so the map
 * can colour them and the legend can explain them.
 */

/** 浸水深 classes: under 0.5 m, 0.5–3 m, 3–5 m, 5 m or more. */
export const depthLevels = ['lt0.5', '0.5-3', '3-5', 'ge5'] as const;
/** 土砂災害警戒区域 / 土砂災害特別警戒区域. */
export const landslideLevels = ['warning', 'special-warning'] as const;
export type HazardAreaLevel = (typeof depthLevels)[number] | (typeof landslideLevels)[number];

/** Which level classes each hazard uses; hazards without a class scheme accept any non-empty level. */
export const hazardAreaLevels: Partial<Record<Hazard, readonly HazardAreaLevel[]>> = {
  flood: depthLevels,
  tsunami: depthLevels,
  'storm-surge': depthLevels,
  'inland-flooding': depthLevels,
  landslide: landslideLevels,
};

/** Properties of one hazard-area feature as the app reads them. */
export interface HazardAreaProperties {
  id?: string;
  hazard: Hazard;
  level: string;
  name?: string;
  synthetic: true;
}

/**
 * Checks one feature's properties. `synthetic: true` is required: the sample ships
 * made-up polygons, and a made-up polygon must never be mistaken for the city's hazard
 * map, so the flag that makes the map say 「架空」 cannot be left out by accident.
 * (A deployment with the city's real hazard-map data changes this rule deliberately.)
 */
export function hazardAreaIssues(properties: Record<string, unknown> | null): GeoJsonIssue[] {
  const issues: GeoJsonIssue[] = [];
  const p = properties ?? {};
  const at = (key: string) => ['properties', key];
  const hazard = p.hazard;
  if (typeof hazard !== 'string' || !(hazards as readonly string[]).includes(hazard)) {
    issues.push({ path: at('hazard'), message: `expected "hazard" to be one of ${hazards.join(', ')}, got ${JSON.stringify(hazard ?? null)}` });
  } else {
    const allowed = hazardAreaLevels[hazard as Hazard];
    const level = p.level;
    if (typeof level !== 'string' || level.trim() === '' || (allowed && !allowed.includes(level as HazardAreaLevel))) {
      const expected = allowed ? `one of ${allowed.join(', ')}` : 'a level class';
      issues.push({ path: at('level'), message: `expected "level" for ${hazard} to be ${expected}, got ${JSON.stringify(level ?? null)}` });
    }
  }
  if (p.synthetic !== true) {
    issues.push({ path: at('synthetic'), message: `expected "synthetic": true (these polygons are not the city's hazard map), got ${JSON.stringify(p.synthetic ?? null)}` });
  }
  if (p.id !== undefined && typeof p.id !== 'string') issues.push({ path: at('id'), message: 'expected "id" to be text' });
  return issues;
}

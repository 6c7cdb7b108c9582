import { isLanguageCode, languageCodes } from '../../../contract/languages';
import type { GeoJsonIssue, GeometryType } from './geojson';

/**
 * What a city's map-layer file must say about itself, so the content build knows what it is
 * without guessing from its name. Each content/map/*.geojson is a FeatureCollection with a
 * foreign member (RFC 7946 §6.1):
 *
 *   "layer": { "kind": "river", "sample": true, "simplifyMeters": 5 }
 *
 * Files of one kind are merged into one pack document (map/<pack name>.json), so a city can
 * keep one file per river or per hazard map.
 */
export const mapLayerKinds = ['boundary', 'coastline', 'river', 'road', 'railway', 'town', 'district-label', 'hazard-area'] as const;
export type MapLayerKind = (typeof mapLayerKinds)[number];

/** The geometries each kind may hold. Towns are areas: the map draws their edges. */
export const layerGeometries: Record<MapLayerKind, readonly GeometryType[]> = {
  boundary: ['Polygon', 'MultiPolygon'],
  coastline: ['LineString', 'MultiLineString'],
  river: ['LineString', 'MultiLineString'],
  road: ['LineString', 'MultiLineString'],
  railway: ['LineString', 'MultiLineString'],
  town: ['Polygon', 'MultiPolygon'],
  'district-label': ['Point'],
  'hazard-area': ['Polygon', 'MultiPolygon'],
};

/** The pack document each kind is merged into (names the app already used for the first four). */
export const layerPackNames = {
  boundary: 'boundary',
  coastline: 'coastline',
  river: 'rivers',
  road: 'roads',
  railway: 'railways',
  town: 'towns',
  'district-label': 'districts',
  'hazard-area': 'hazard-areas',
} as const satisfies Record<MapLayerKind, string>;
export type LayerPackName = (typeof layerPackNames)[MapLayerKind];

/** Road classes, drawn differently (an expressway wider than a national road). */
export const roadClasses = ['expressway', 'national', 'main'] as const;

/**
 * Douglas–Peucker tolerance when the file gives none: 3 m keeps every bend a person would
 * walk by at street zoom while dropping the survey noise of a city's export. Points have none.
 */
export const defaultSimplifyMeters = 3;

export interface MapLayerHeader {
  kind: MapLayerKind;
  /** Hand-made or made-up data: the map says so on screen. */
  sample: boolean;
  simplifyMeters: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the `layer` member; issues point at it so the error lands on its line. */
export function readLayerHeader(collection: unknown): { header?: MapLayerHeader; issues: GeoJsonIssue[] } {
  const layer = isObject(collection) ? collection.layer : undefined;
  if (!isObject(layer)) {
    return { issues: [{ path: ['layer'], message: `expected "layer": { "kind": one of ${mapLayerKinds.join(', ')}, "sample": true or false }` }] };
  }
  const issues: GeoJsonIssue[] = [];
  const kind = layer.kind;
  if (typeof kind !== 'string' || !(mapLayerKinds as readonly string[]).includes(kind)) {
    issues.push({ path: ['layer', 'kind'], message: `expected "kind" to be one of ${mapLayerKinds.join(', ')}, got ${JSON.stringify(kind ?? null)}` });
  }
  if (typeof layer.sample !== 'boolean') {
    issues.push({ path: ['layer', 'sample'], message: `expected "sample": true (hand-made or made-up data) or false (the city's own data), got ${JSON.stringify(layer.sample ?? null)}` });
  }
  const simplify = layer.simplifyMeters ?? defaultSimplifyMeters;
  if (typeof simplify !== 'number' || !Number.isFinite(simplify) || simplify < 0 || simplify > 100) {
    issues.push({ path: ['layer', 'simplifyMeters'], message: `expected "simplifyMeters" to be a number of metres from 0 (keep every vertex) to 100, got ${JSON.stringify(simplify)}` });
  }
  if (issues.length > 0) return { issues };
  return { header: { kind: kind as MapLayerKind, sample: layer.sample as boolean, simplifyMeters: simplify as number }, issues };
}

/**
 * Names of a feature: `name` is the Japanese name as the city writes it; `names` holds it in
 * other UI languages (`{ "en": "Natsui River" }`; English doubles as the romanised name for
 * every language without its own). District labels must have a name: they are nothing else.
 */
export function featureNameIssues(properties: Record<string, unknown> | null, kind: MapLayerKind): GeoJsonIssue[] {
  const p = properties ?? {};
  const issues: GeoJsonIssue[] = [];
  if (p.name !== undefined && (typeof p.name !== 'string' || p.name.trim() === '')) {
    issues.push({ path: ['properties', 'name'], message: 'expected "name" to be the Japanese name as text' });
  }
  if (kind === 'district-label' && typeof p.name !== 'string') {
    issues.push({ path: ['properties', 'name'], message: 'expected "name": a district label needs its Japanese name' });
  }
  if (p.names !== undefined) {
    if (!isObject(p.names)) {
      issues.push({ path: ['properties', 'names'], message: 'expected "names" to map language codes to names, e.g. { "en": "Natsui River" }' });
    } else {
      for (const [code, value] of Object.entries(p.names)) {
        if (!isLanguageCode(code)) issues.push({ path: ['properties', 'names', code], message: `expected a language code (${languageCodes.join(', ')}), got ${JSON.stringify(code)}` });
        else if (typeof value !== 'string' || value.trim() === '') issues.push({ path: ['properties', 'names', code], message: 'expected the name as text' });
      }
    }
  }
  if (kind === 'road' && p.class !== undefined && !(roadClasses as readonly unknown[]).includes(p.class)) {
    issues.push({ path: ['properties', 'class'], message: `expected a road "class" of ${roadClasses.join(', ')}, got ${JSON.stringify(p.class)}` });
  }
  return issues;
}

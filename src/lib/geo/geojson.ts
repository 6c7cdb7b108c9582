import type { LatLng } from './distance';

/**
 * Structural validation of a GeoJSON FeatureCollection against RFC 7946, for map layers
 * built into the pack. It checks what would make a map wrong or crash rather than what
 * is merely unusual:
 * - positions are [longitude, latitude] (optionally altitude) in range: the classic
 *   mistake is [lat, lng], which puts Iwaki in the Indian Ocean, or a projected CRS;
 * - LineStrings have ≥ 2 positions; polygon rings ≥ 4 and closed (first = last).
 * Ring winding (RFC 7946 §3.1.6, counter-clockwise exteriors) is NOT enforced: the RFC
 * tells parsers not to reject on it and Leaflet does not care.
 */

export type GeoJsonPath = (string | number)[];
export interface GeoJsonIssue {
  path: GeoJsonPath;
  message: string;
}

export const geometryTypes = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const;
export type GeometryType = (typeof geometryTypes)[number];

export interface GeoJsonFeature {
  type: 'Feature';
  geometry: { type: GeometryType } | null;
  properties: Record<string, unknown> | null;
}
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

export interface FeatureCollectionRules {
  /** Geometry types this layer may hold; others are refused. */
  geometry?: readonly GeometryType[];
  /** An extra check of a position already known to be a valid lon/lat (e.g. inside the city). */
  position?: (point: LatLng) => string | undefined;
  /** Checks of one feature's properties; paths are relative to the feature. */
  properties?: (properties: Record<string, unknown> | null, index: number) => GeoJsonIssue[];
}

/** A file in another CRS fails at every vertex; a few dozen errors say it all. */
const maxIssues = 30;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateFeatureCollection(value: unknown, rules: FeatureCollectionRules = {}): GeoJsonIssue[] {
  const issues: GeoJsonIssue[] = [];
  const add = (path: GeoJsonPath, message: string) => issues.push({ path, message });
  if (!isObject(value) || value.type !== 'FeatureCollection') {
    add(['type'], 'expected a GeoJSON FeatureCollection ("type": "FeatureCollection")');
    return issues;
  }
  if (!Array.isArray(value.features)) {
    add(['features'], 'expected "features": a list of Features');
    return issues;
  }
  value.features.forEach((feature: unknown, i) => {
    if (issues.length >= maxIssues) return;
    const at: GeoJsonPath = ['features', i];
    if (!isObject(feature) || feature.type !== 'Feature') return add(at, 'expected a Feature ("type": "Feature")');
    const properties = feature.properties === undefined ? null : feature.properties;
    if (properties !== null && !isObject(properties)) add([...at, 'properties'], 'expected "properties" to be an object or null');
    else for (const issue of rules.properties?.(properties, i) ?? []) add([...at, ...issue.path], issue.message);
    if (!('geometry' in feature)) return add(at, 'expected a "geometry" member (null when the feature has none)');
    if (feature.geometry === null) return;
    checkGeometry(feature.geometry, [...at, 'geometry'], rules, add);
  });
  if (issues.length > maxIssues) issues.length = maxIssues;
  return issues;
}

type Add = (path: GeoJsonPath, message: string) => void;

function checkGeometry(geometry: unknown, at: GeoJsonPath, rules: FeatureCollectionRules, add: Add): void {
  if (!isObject(geometry) || !geometryTypes.includes(geometry.type as GeometryType)) {
    return add(at, `expected a geometry with "type" one of ${geometryTypes.join(', ')}`);
  }
  const type = geometry.type as GeometryType;
  if (rules.geometry && !rules.geometry.includes(type)) return add([...at, 'type'], `expected ${rules.geometry.join(' or ')} in this layer, got ${type}`);
  if (type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) return add(at, 'expected "geometries": a list of geometries');
    geometry.geometries.forEach((g: unknown, i) => checkGeometry(g, [...at, 'geometries', i], rules, add));
    return;
  }
  const coords = [...at, 'coordinates'];
  const position = (p: unknown, path: GeoJsonPath) => checkPosition(p, path, rules, add);
  const line = (l: unknown, path: GeoJsonPath) => list(l, path, add, 2, 'a LineString needs at least 2 positions', position);
  const polygon = (rings: unknown, path: GeoJsonPath) =>
    list(rings, path, add, 1, 'a Polygon needs an exterior ring', (ring, ringPath) => checkRing(ring, ringPath, add, position));
  if (type === 'Point') position(geometry.coordinates, coords);
  else if (type === 'MultiPoint') list(geometry.coordinates, coords, add, 0, '', position);
  else if (type === 'LineString') line(geometry.coordinates, coords);
  else if (type === 'MultiLineString') list(geometry.coordinates, coords, add, 0, '', line);
  else if (type === 'Polygon') polygon(geometry.coordinates, coords);
  else list(geometry.coordinates, coords, add, 0, '', polygon);
}

function list(value: unknown, at: GeoJsonPath, add: Add, min: number, tooShort: string, each: (item: unknown, path: GeoJsonPath) => void): void {
  if (!Array.isArray(value)) return add(at, 'expected a list of coordinates');
  if (value.length < min) return add(at, `expected ${tooShort}, got ${value.length}`);
  value.forEach((item: unknown, i) => each(item, [...at, i]));
}

function checkRing(ring: unknown, at: GeoJsonPath, add: Add, position: (p: unknown, path: GeoJsonPath) => void): void {
  list(ring, at, add, 4, 'a linear ring of at least 4 positions', position);
  if (!Array.isArray(ring) || ring.length < 4) return;
  const first: unknown = ring[0];
  const last: unknown = ring[ring.length - 1];
  const same = Array.isArray(first) && Array.isArray(last) && first.length === last.length && first.every((c, i) => c === last[i]);
  if (!same) add([...at, ring.length - 1], 'expected a closed ring: the last position must repeat the first');
}

function checkPosition(value: unknown, at: GeoJsonPath, rules: FeatureCollectionRules, add: Add): void {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return add(at, 'expected a position [longitude, latitude] of numbers');
  }
  const [lng, lat] = value as number[];
  if (lng === undefined || lat === undefined) return;
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
    const swapped = lng >= -90 && lng <= 90 && lat >= -180 && lat <= 180;
    return add(at, `expected [longitude, latitude] in range${swapped ? ' (this looks like [latitude, longitude]: RFC 7946 puts longitude first)' : ''}, got [${lng}, ${lat}]`);
  }
  const problem = rules.position?.({ lat, lng });
  if (problem) add(at, `${problem}, got [${lng}, ${lat}]`);
}

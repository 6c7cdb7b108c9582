import { describe, expect, it } from 'vitest';
import { validateFeatureCollection } from './geojson';
import { hazardAreaIssues } from './hazard-areas';
import { coordinateProblem } from './iwaki-bounds';

const ring = [[140.9, 36.94], [140.91, 36.94], [140.91, 36.95], [140.9, 36.94]];
const polygon = (coordinates: unknown, properties: unknown = {}) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const inIwaki = (p: { lat: number; lng: number }) => coordinateProblem(p)?.message;

describe('GeoJSON map layers (RFC 7946)', () => {
  it('accepts a FeatureCollection of closed rings in lon/lat order', () => {
    expect(validateFeatureCollection(collection(polygon([ring])), { position: inIwaki })).toEqual([]);
    expect(validateFeatureCollection(collection({ type: 'Feature', properties: null, geometry: null }))).toEqual([]);
  });

  it('refuses anything but a FeatureCollection', () => {
    expect(validateFeatureCollection({ type: 'Feature' })[0]?.message).toContain('FeatureCollection');
    expect(validateFeatureCollection([])[0]?.message).toContain('FeatureCollection');
  });

  it('refuses an open ring at its last position, and a ring of three positions', () => {
    const open = [...ring.slice(0, 3), [140.95, 36.99]];
    expect(validateFeatureCollection(collection(polygon([open])))).toEqual([
      { path: ['features', 0, 'geometry', 'coordinates', 0, 3], message: 'expected a closed ring: the last position must repeat the first' },
    ]);
    expect(validateFeatureCollection(collection(polygon([ring.slice(1)])))[0]?.message).toContain('at least 4 positions');
  });

  it('says [latitude, longitude] when positions are swapped', () => {
    const swapped = ring.map(([lng, lat]) => [lat, lng]);
    const issues = validateFeatureCollection(collection(polygon([swapped])));
    expect(issues[0]).toMatchObject({ path: ['features', 0, 'geometry', 'coordinates', 0, 0] });
    expect(issues[0]?.message).toContain('looks like [latitude, longitude]');
  });

  it('refuses positions outside the city when the layer asks for it', () => {
    const tokyo = [[139.7, 35.6], [139.71, 35.6], [139.71, 35.61], [139.7, 35.6]];
    const issues = validateFeatureCollection(collection(polygon([tokyo])), { position: inIwaki });
    expect(issues[0]?.message).toMatch(/^expected a latitude in Iwaki City .* got \[139.7, 35.6\]$/);
  });

  it('refuses a geometry type the layer does not hold, and stops after a few dozen issues', () => {
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [140.9, 36.9] } };
    expect(validateFeatureCollection(collection(point), { geometry: ['Polygon'] })[0]?.message).toBe('expected Polygon in this layer, got Point');
    const many = Array.from({ length: 100 }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }));
    expect(validateFeatureCollection(collection(...many), { position: inIwaki })).toHaveLength(30);
  });
});

describe('hazard-area properties', () => {
  it('accepts the vocabulary with its level classes, marked synthetic', () => {
    expect(hazardAreaIssues({ id: 'hz-001', hazard: 'tsunami', level: '3-5', synthetic: true })).toEqual([]);
    expect(hazardAreaIssues({ hazard: 'landslide', level: 'special-warning', synthetic: true })).toEqual([]);
  });

  it('refuses a hazard outside the vocabulary, a level of another hazard, and a missing synthetic flag', () => {
    expect(hazardAreaIssues({ hazard: '津波', level: '3-5', synthetic: true }).map((i) => i.path)).toEqual([['properties', 'hazard']]);
    expect(hazardAreaIssues({ hazard: 'landslide', level: '3-5', synthetic: true })[0]?.message).toContain('warning, special-warning');
    expect(hazardAreaIssues({ hazard: 'flood', level: 'ge5' }).map((i) => i.path)).toEqual([['properties', 'synthetic']]);
  });
});

import { describe, expect, it } from 'vitest';
import { simplifyGeometry, simplifyLine, simplifyRing } from './simplify';

// At 37° N one degree of longitude is about 88.8 km and of latitude 111.2 km,
// so 0.00001° of latitude is 1.11 m.
const lat = 37;

describe('thinning map layers at build time', () => {
  it('drops vertices that wander less than the tolerance from the line, keeps the ends', () => {
    const line = [[140.9, lat], [140.901, lat + 0.00001], [140.902, lat - 0.00001], [140.903, lat]];
    expect(simplifyLine(line, 3)).toEqual([[140.9, lat], [140.903, lat]]);
  });

  it('keeps a bend a person would notice (5.6 m off the straight line at a 3 m tolerance)', () => {
    const line = [[140.9, lat], [140.901, lat + 0.00005], [140.902, lat]];
    expect(simplifyLine(line, 3)).toEqual(line);
  });

  it('measures in metres, not degrees: 2.7 m east at 37° N is inside a 3 m tolerance', () => {
    // A north–south line with a vertex 0.00003° of longitude (2.66 m) to the east.
    const line = [[140.9, 37], [140.90003, 37.001], [140.9, 37.002]];
    expect(simplifyLine(line, 3)).toHaveLength(2);
    expect(simplifyLine(line, 2)).toHaveLength(3);
  });

  it('keeps a ring closed and never below the four positions a polygon needs', () => {
    const ring = [[140.9, lat], [140.91, lat], [140.91, lat + 0.01], [140.905, lat + 0.01000001], [140.9, lat + 0.01], [140.9, lat]];
    const thinned = simplifyRing(ring, 3);
    expect(thinned).toEqual([[140.9, lat], [140.91, lat], [140.91, lat + 0.01], [140.9, lat + 0.01], [140.9, lat]]);
    // A sliver thinner than the tolerance would collapse: it is kept as it was.
    const sliver = [[140.9, lat], [140.91, lat], [140.905, lat + 0.00001], [140.9, lat]];
    expect(simplifyRing(sliver, 3)).toEqual(sliver);
  });

  it('rounds to 6 decimals (0.1 m) and leaves everything alone at tolerance 0', () => {
    const line = [[140.90000012, 37.00000049], [140.9010001, 37.0000001], [140.902, 37]];
    expect(simplifyLine(line, 0)).toEqual([[140.9, 37], [140.901, 37], [140.902, 37]]);
  });

  it('walks every geometry type and counts vertices before and after', () => {
    const straight = [[140.9, lat], [140.901, lat], [140.902, lat]];
    const result = simplifyGeometry({ type: 'GeometryCollection', geometries: [
      { type: 'Point', coordinates: [140.9, lat] },
      { type: 'MultiLineString', coordinates: [straight, straight] },
    ] }, 3);
    expect(result.before).toBe(7);
    expect(result.after).toBe(5);
    expect(result.geometry.geometries?.[1]?.coordinates).toEqual([[[140.9, lat], [140.902, lat]], [[140.9, lat], [140.902, lat]]]);
  });

  it('thins a long wiggly coastline without overflowing the stack', () => {
    const wiggle = Array.from({ length: 200_000 }, (_, i) => [140.8 + i * 1e-6, lat + (i % 2) * 1e-7]);
    const thinned = simplifyLine(wiggle, 1);
    expect(thinned).toEqual([wiggle[0], [140.8 + 199_999e-6, lat + 1e-7]].map((p) => p!.map((n) => Math.round(n * 1e6) / 1e6)));
  });
});

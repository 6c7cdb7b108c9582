/**
 * Build-time thinning of a city's map layers (Douglas–Peucker), so a survey export of
 * tens of thousands of vertices does not become megabytes in every kiosk's pack. Distances
 * are in metres on a local flat projection (equirectangular at the line's own latitude),
 * which over a city is exact to well under a metre; `simplify-js` (its Douglas–Peucker,
 * `highQuality`) thins the projected line, and the lines below keep rings valid.
 */
import simplify from 'simplify-js';

export type Position = number[];

const metersPerDegreeLat = 111_195.08;

/** Decimal places kept: 6 is about 0.1 m, finer than any survey a city publishes. */
const roundTo = (n: number) => Math.round(n * 1e6) / 1e6;
const rounded = (p: Position): Position => p.map(roundTo);

/** A line thinned so no removed vertex was farther than `meters` from it; ends always kept. */
export function simplifyLine(line: readonly Position[], meters: number): Position[] {
  if (line.length <= 2 || meters <= 0) return line.map(rounded);
  const meanLat = line.reduce((sum, p) => sum + p[1]!, 0) / line.length;
  const kx = metersPerDegreeLat * Math.cos((meanLat * Math.PI) / 180);
  // simplify-js returns the very objects it kept, so each carries its vertex's index back.
  const projected = line.map((p, i) => ({ x: p[0]! * kx, y: p[1]! * metersPerDegreeLat, i }));
  const kept = simplify(projected, meters, true) as typeof projected;
  return kept.map((p) => rounded(line[p.i]!));
}

/**
 * A closed ring thinned the same way, split at its first vertex and at the vertex farthest
 * from it (a ring's two ends coincide, so it has no chord of its own). A ring that would
 * fall under the 4 positions GeoJSON needs is kept as it was: a small area must not vanish.
 */
export function simplifyRing(ring: readonly Position[], meters: number): Position[] {
  if (ring.length <= 4 || meters <= 0) return ring.map(rounded);
  const start = ring[0]!;
  let split = 1;
  let best = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = (ring[i]![0]! - start[0]!) ** 2 + (ring[i]![1]! - start[1]!) ** 2;
    if (d > best) { best = d; split = i; }
  }
  const simplified = [...simplifyLine(ring.slice(0, split + 1), meters), ...simplifyLine(ring.slice(split), meters).slice(1)];
  return simplified.length >= 4 ? simplified : ring.map(rounded);
}

interface Geometry { type: string; coordinates?: unknown; geometries?: Geometry[] }

/** Any GeoJSON geometry thinned; points are only rounded. Returns the vertices before and after, for the build's report. */
export function simplifyGeometry<G extends Geometry>(geometry: G, meters: number): { geometry: G; before: number; after: number } {
  let before = 0;
  let after = 0;
  const line = (l: Position[]) => { before += l.length; const s = simplifyLine(l, meters); after += s.length; return s; };
  const ring = (r: Position[]) => { before += r.length; const s = simplifyRing(r, meters); after += s.length; return s; };
  const point = (p: Position) => { before += 1; after += 1; return rounded(p); };
  const walk = (g: Geometry): Geometry => {
    const c = g.coordinates;
    switch (g.type) {
      case 'Point': return { ...g, coordinates: point(c as Position) };
      case 'MultiPoint': return { ...g, coordinates: (c as Position[]).map(point) };
      case 'LineString': return { ...g, coordinates: line(c as Position[]) };
      case 'MultiLineString': return { ...g, coordinates: (c as Position[][]).map(line) };
      case 'Polygon': return { ...g, coordinates: (c as Position[][]).map(ring) };
      case 'MultiPolygon': return { ...g, coordinates: (c as Position[][][]).map((p) => p.map(ring)) };
      case 'GeometryCollection': return { ...g, geometries: (g.geometries ?? []).map(walk) };
      default: return g;
    }
  };
  return { geometry: walk(geometry) as G, before, after };
}
